//! The network options shared by `dot` and `analyze`.

use super::{code, Failure};
use actorgraph::graph::{Filter, GraphError, Level, ModalityFilter, Network, StanceFilter};
use actorgraph::lexicon::Category;
use actorgraph::store::Store;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Stance {
    /// Hostile relations only (red).
    Against,
    /// Cooperative relations only (green).
    Support,
    /// Both.
    All,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LevelArg {
    /// Actors as named.
    Actor,
    /// Rolled up to the state or top-level group (pairs within one state disappear).
    State,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Attributed to a speaker.
    Reported,
    /// Everything, negated and hypothetical included.
    All,
}

fn category(s: &str) -> Result<String, String> {
    s.to_uppercase()
        .parse::<Category>()
        .map(|c| c.as_str().to_owned())
}

#[derive(Debug, clap::Args)]
pub struct NetworkArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "actorgraph-store")]
    pub store: PathBuf,
    /// Which relations to keep.
    #[arg(long, value_enum, default_value = "all")]
    stance: Stance,
    /// Keep the ego network of this actor (its label, case-insensitive); repeatable.
    #[arg(long, value_name = "LABEL")]
    actor: Vec<String>,
    /// Radius of the ego network around --actor, in relations.
    #[arg(long, value_name = "N", default_value_t = 1)]
    depth: usize,
    /// Keep interactions dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Keep interactions dated on or before DATE.
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Keep interactions from this document (its identifier) or publisher (a substring of its
    /// name); repeatable.
    #[arg(long, value_name = "DOC_OR_PUBLISHER")]
    source: Vec<String>,
    /// Keep this PLOVER category (ACCUSE, COERCE, ASSAULT, SUPPORT …); repeatable.
    #[arg(long, value_name = "CATEGORY", value_parser = category)]
    category: Vec<String>,
    /// Drop relations with fewer interactions.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_count: u64,
    /// Actors as named, or rolled up to states.
    #[arg(long, value_enum, default_value = "actor")]
    level: LevelArg,
    /// Which modalities to keep [default: asserted and reported].
    #[arg(long, value_enum)]
    modality: Option<Modality>,
}

impl NetworkArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            stance: match self.stance {
                Stance::Against => StanceFilter::Against,
                Stance::Support => StanceFilter::Support,
                Stance::All => StanceFilter::All,
            },
            modality: match self.modality {
                None => ModalityFilter::Factual,
                Some(Modality::Asserted) => ModalityFilter::Asserted,
                Some(Modality::Reported) => ModalityFilter::Reported,
                Some(Modality::All) => ModalityFilter::All,
            },
            level: match self.level {
                LevelArg::Actor => Level::Actor,
                LevelArg::State => Level::State,
            },
            since: self.since.clone(),
            until: self.until.clone(),
            sources: self.source.clone(),
            categories: self.category.clone(),
            min_count: self.min_count,
            actors: self.actor.clone(),
            depth: self.depth,
        }
    }

    /// Opens the store and builds the filtered network.
    pub fn network(&self) -> Result<Network, Failure> {
        let store = Store::open_existing(&self.store)?;
        Network::from_store(&store, &self.filter()).map_err(graph_failure)
    }
}

pub fn graph_failure(e: GraphError) -> Failure {
    match e {
        GraphError::Store(s) => Failure::from(s),
        GraphError::BadDate(_) => Failure::new(2, e.to_string()),
        other => Failure::new(code::DATA, other.to_string()),
    }
}
