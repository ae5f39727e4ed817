//! Extraction specs over the fictitious-actor lexicon (tests/fixtures/lexicon): one line per
//! pattern. `check(text, expected)` lists every interaction the extractor finds in `text`, all
//! modalities, as `source stance/CATEGORY target modality [speaker]`, sorted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use actorgraph::extract::Extractor;
use actorgraph::lexicon::Lexicon;
use actorgraph::text::Document;
use std::path::Path;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        Lexicon::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexicon"))
            .expect("fixture lexicon is valid")
    })
}

fn check(text: &str, expected: &[&str]) {
    let lex = lexicon();
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let mut got: Vec<String> = Extractor::new(lex)
        .extract(&doc)
        .interactions
        .iter()
        .map(|i| {
            let mut s = format!(
                "{} {}/{} {} {}",
                i.source,
                i.stance.as_str(),
                i.category,
                i.target,
                i.modality.as_str()
            );
            if let Some(sp) = &i.speaker {
                s.push_str(&format!(" [{sp}]"));
            }
            s
        })
        .collect();
    got.sort();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "\ntext: {text}");
}

/// The parent the extractor gives actor `id` in `text` (`None` when it has none or is not
/// named by an interaction).
fn parent_of(text: &str, id: &str) -> Option<String> {
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let x = Extractor::new(lexicon()).extract(&doc);
    x.actors.get(id).and_then(|a| a.parent.clone())
}

#[test]
fn active_clause() {
    check(
        "Arnor attacked Gondor.",
        &["arnor against/ASSAULT gondor asserted"],
    );
    check(
        "Rohan backed Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "Arnor condemns Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Mordor has repeatedly threatened Rohan.",
        &["mordor against/THREATEN rohan asserted"],
    );
}

#[test]
fn demonym_adjective_as_actor() {
    check(
        "Arnorian guns shelled Gondorian villages.",
        &["arnor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn a_states_bodies_and_groups_are_discovered() {
    check(
        "Arnorian troops shelled Gondorian villages.",
        &["arnor_troops against/ASSAULT gondor asserted"],
    );
    check(
        "Arnor's security forces detained the Gondorian diaspora.",
        &["arnor_security_forces against/COERCE gondor_diaspora asserted"],
    );
    // A state's government and authorities are its body, named as written (rolled up to it).
    check(
        "The Arnorian authorities condemned Rohan.",
        &["arnor_authorities against/ACCUSE rohan asserted"],
    );
    check(
        "The Arnorian Ministry of Culture cancelled Gondorian concerts.",
        &["arnor_ministry_of_culture against/SANCTION gondor asserted"],
    );
    check(
        "Gondorian crowds attacked the Rohirric embassy.",
        &["gondor_crowds against/ASSAULT rohan_embassy asserted"],
    );
}

#[test]
fn titled_people_are_discovered_and_their_surnames_remembered() {
    check(
        "Arnorian Deputy Foreign Minister Elrond Half condemned Gondor. Later Half praised Rohan.",
        &[
            "elrond_half against/ACCUSE gondor asserted",
            "elrond_half support/SUPPORT rohan asserted",
        ],
    );
    check(
        "Mr Beorn criticised Rohan.",
        &["beorn against/ACCUSE rohan asserted"],
    );
    // An abbreviated honorific keeps its full stop.
    check(
        "Mr. Beorn criticised Rohan. Dr. Radagast praised Gondor.",
        &[
            "beorn against/ACCUSE rohan asserted",
            "radagast support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_head_title_before_a_lone_name_word_names_a_person() {
    check(
        "Arnorian President Beorn criticised Rohan on Monday.",
        &["beorn against/ACCUSE rohan asserted"],
    );
    check(
        "Chancellor Radagast, who met Gondor's envoy, criticised Rohan.",
        &[
            "gondor_envoy support/CONSULT radagast asserted",
            "radagast against/ACCUSE rohan asserted",
            "radagast support/CONSULT gondor_envoy asserted",
        ],
    );
    // Not a headline's run of capitals, nor a word of an act.
    check("Arnorian Minister Resigns Over Gondor Deal", &[]);
    check(
        "Arnor's President Condemned Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_participle_before_an_ing_noun_keeps_it_a_noun() {
    check(
        "Gondor canceled a planned meeting with Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
}

#[test]
fn a_formal_title_names_the_state_inside_it() {
    // The state after the head's "of" is the person's, not a participant; a second titled
    // conjunct is a party too.
    check(
        "President of the Kingdom of Arnor Elrond Half spoke by phone with President of Rohan \
         Bard Bow and Prime Minister of Gondor Cirdan Ship.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "cirdan_ship support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
            "elrond_half support/CONSULT cirdan_ship asserted",
        ],
    );
}

#[test]
fn a_title_with_of_and_to_complements_before_the_name() {
    let text = "Permanent Representative of Arnor to the White Council Elrond Half condemned \
                Gondor.";
    assert_top(text, "elrond_half", "arnor");
    check(text, &["elrond_half against/ACCUSE gondor asserted"]);
    // A body after "of" is the person's: an international official is no state's.
    let text = "Head of the White Council Bard Stone praised Gondor.";
    assert_top(text, "bard_stone", "white_council");
    let text = "Rohirric Representative to the White Council Cirdan Ship praised Gondor.";
    assert_top(text, "cirdan_ship", "rohan");
    check(text, &["cirdan_ship support/SUPPORT gondor asserted"]);
}

#[test]
fn the_author_of_a_measure_is_its_target() {
    check(
        "Rohan expressed full support for the measures taken by the Gondorian leadership.",
        &["rohan support/SUPPORT gondor_leadership asserted"],
    );
}

#[test]
fn a_body_or_group_placed_by_a_city_is_of_its_state() {
    check(
        "Police in Minas Tirith dispersed Gondorian protesters.",
        &["gondor_police against/COERCE gondor_protesters asserted"],
    );
    check(
        "Thousands of protesters in Edoras condemned Mordor.",
        &["rohan_protesters against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_city_s_own_court_or_police_is_named_with_the_city() {
    check(
        "A Pelargir court sentenced Bard Bow to ten years in prison.",
        &["gondor_pelargir_court against/COERCE bard_bow asserted"],
    );
    check(
        "The Minas Tirith district court arrested two Rohirric citizens.",
        &["gondor_minas_tirith_district_court against/COERCE rohan_citizens asserted"],
    );
    check(
        "Bard Bow was sentenced by a court in Osgiliath.",
        &["gondor_osgiliath_court against/COERCE bard_bow asserted"],
    );
    check(
        "Edoras police detained the Gondorian envoy.",
        &["rohan_edoras_police against/COERCE gondor_envoy asserted"],
    );
    // Not past a verb ("says police": bare "police" names no actor), not the state's own
    // name.
    check("Edoras says police detained the Gondorian envoy.", &[]);
    check(
        "A Gondor court sentenced Bard Bow.",
        &["gondor against/COERCE bard_bow asserted"],
    );
}

#[test]
fn a_court_ruling_that_someone_broke_a_rule_is_against_them() {
    check(
        "The Gondorian Supreme Court ruled on Tuesday that Rohan had violated the treaty.",
        &["gondor_supreme_court against/ACCUSE rohan asserted"],
    );
    check(
        "A Pelargir court found that Bard Bow had acted unlawfully.",
        &["gondor_pelargir_court against/ACCUSE bard_bow asserted"],
    );
    // Not negated, not without a breach, not by anyone but a court.
    check(
        "The Gondorian Supreme Court ruled that Rohan had not violated the treaty.",
        &[],
    );
    check(
        "The Gondorian Supreme Court ruled that Rohan should pay.",
        &[],
    );
    check("Rohan found that Gondor had violated the treaty.", &[]);
}

#[test]
fn a_report_with_no_author_named_is_the_last_reporting_body_s() {
    check(
        "A White Council investigation concluded that Mordor shelled Gondor. Mordor rejected \
         the findings. The report also criticised Rohan. Gondor welcomed the conclusions.",
        &[
            "gondor support/SUPPORT white_council asserted",
            "mordor against/ASSAULT gondor reported [white_council]",
            "mordor against/REJECT white_council asserted",
            "white_council against/ACCUSE mordor asserted",
            "white_council against/ACCUSE rohan asserted",
        ],
    );
    // A body's report speaks after the clause too.
    check(
        "Mordor shelled Gondor, a White Council inquiry concluded on Monday.",
        &[
            "mordor against/ASSAULT gondor reported [white_council]",
            "white_council against/ACCUSE mordor asserted",
        ],
    );
    // No report named before: no one.
    check("Mordor rejected the findings.", &[]);
}

#[test]
fn a_feeling_s_cause_named_again_is_its_agent_s_act() {
    check(
        "Elessar Telcontar pardoned Bard Bow. Rohan was \"deeply concerned\" by the pardon.",
        &[
            "elessar_telcontar support/CONCEDE bard_bow asserted",
            "rohan against/ACCUSE elessar_telcontar asserted",
        ],
    );
    check(
        "Mordor expelled the Gondorian envoy. Rohan expressed deep regret and concern over the \
         move.",
        &[
            "mordor against/SANCTION gondor_envoy asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_title_case_headline_is_read_in_sentence_case() {
    // "Ambassador Over Raids" is no person's name; "Telcontar" before "Meets" is a surname.
    check(
        "Gondor Summons Rohirric Ambassador Over Raids",
        &["gondor against/ACCUSE rohan_ambassador asserted"],
    );
    check(
        "Telcontar Meets Bard Bow In Edoras As Tensions Rise Over Mordor",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn whoever_is_said_to_be_behind_a_hostile_act_is_blamed() {
    check(
        "Elessar Telcontar said Mordor was behind the attack.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    // Not behind anything else; not without a speaker.
    check("Rohan said Mordor is behind schedule.", &[]);
    check("Rohan said it was behind Gondor.", &[]);
    check("Mordor was behind the attack.", &[]);
    // The blame is a claim its target may reject ("an accusation", with "an").
    check(
        "Elessar Telcontar said Mordor was behind the attack, an accusation Mordor and Rohan \
         have rejected.",
        &[
            "elessar_telcontar against/ACCUSE mordor asserted",
            "mordor against/REJECT elessar_telcontar asserted",
            "rohan against/REJECT elessar_telcontar asserted",
        ],
    );
}

#[test]
fn a_bulleted_list_after_related_articles_is_other_articles_headlines() {
    check(
        "Gondor expelled a Rohirric envoy.\n\nRelated Articles\n- Mordor attacks Arnor\n\n- \
         Rohan backs Gondor\n\nArnor condemned Mordor.\n",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor against/SANCTION rohan_envoy asserted",
        ],
    );
}

#[test]
fn the_one_named_in_apposition_is_declared_persona_non_grata() {
    check(
        "Gondor declared the Rohirric consul in Edoras, Bard Bow, persona non grata.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
}

#[test]
fn held_somewhere_or_by_someone_in_the_passive_is_detained() {
    check(
        "Bard Bow has been held in Minas Tirith since 2016.",
        &["gondor against/COERCE bard_bow asserted"],
    );
    check(
        "Bard Bow was held hostage by Mordor.",
        &["mordor against/COERCE bard_bow asserted"],
    );
    // Not talks, not a judgement.
    check("The talks were held in Minas Tirith.", &[]);
    check(
        "Rohan held talks with Gondor.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
    check("Rohan was held responsible.", &[]);
}

#[test]
fn an_organisation_of_no_state_is_the_group_but_no_body_of_states_is() {
    check(
        "Ent Watch published a report. The group was banned by Mordor.",
        &["mordor against/SANCTION ent_watch asserted"],
    );
    check(
        "The Uruk Legion fired rockets. Gondor said the group had attacked Rohan.",
        &[
            "gondor against/ACCUSE uruk_legion asserted",
            "uruk_legion against/ASSAULT rohan reported [gondor]",
        ],
    );
    check(
        "The White Council met. The group was condemned by Mordor.",
        &[],
    );
    check(
        "The Free States League met. The group was condemned by Mordor.",
        &[],
    );
}

#[test]
fn a_later_charge_of_a_list_is_the_accused_s_past_a_relative_clause() {
    check(
        "Mordor accused Gondor of supplying arms to Rohan that were used against Mordorian \
         troops in Arnor last August, of obstructing the Mordorian navy in Minas Tirith.",
        &[
            "mordor against/ACCUSE gondor asserted",
            "gondor support/AID rohan reported [mordor]",
            "gondor against/COERCE mordor_navy reported [mordor]",
        ],
    );
}

#[test]
fn what_was_said_reacted_to_with_no_owner_is_the_last_speaker_s() {
    check(
        "Elrond Half urged Rohan to withdraw. Gondor condemned the remarks.",
        &[
            "elrond_half against/REQUEST rohan asserted",
            "gondor against/ACCUSE elrond_half asserted",
        ],
    );
    check(
        "Elrond Half urged Rohan to withdraw. Gondor welcomed the remarks.",
        &[
            "elrond_half against/REQUEST rohan asserted",
            "gondor support/SUPPORT elrond_half asserted",
        ],
    );
    // Not a title with a saying's word: "the Charge d'Affaires".
    check(
        "Elrond Half urged Rohan to withdraw. Gondor summoned the Mordorian Charge \
         d'Affaires.",
        &[
            "elrond_half against/REQUEST rohan asserted",
            "gondor against/ACCUSE mordor_charge_d_affaires asserted",
        ],
    );
}

#[test]
fn a_person_s_aide_named_with_the_title_is_of_the_person_s_state() {
    for text in [
        "Elessar Telcontar's envoy, Dain Iron, criticised Mordor.",
        "Elessar Telcontar's special envoy Dain Iron criticised Mordor.",
    ] {
        check(text, &["dain_iron against/ACCUSE mordor asserted"]);
        assert_eq!(
            parent_of(text, "dain_iron").as_deref(),
            Some("gondor"),
            "\ntext: {text}"
        );
    }
}

#[test]
fn a_joint_inquiry_or_operation_with_someone_is_cooperation() {
    check(
        "Gondor offered a joint investigation with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
    check(
        "Gondor held joint patrols with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
}

#[test]
fn a_relative_of_place_inside_a_relative_clause_is_passed() {
    check(
        "Dain Iron, who lived in Rohan, where he had been granted asylum, was arrested by the \
         Mordorian police.",
        &["mordor_police against/COERCE dain_iron asserted"],
    );
    // Or is the subject's own: "Rohan, where protests broke out, condemned …".
    check(
        "Rohan, where protests broke out, condemned Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_person_who_heads_a_body_or_delegation_is_of_it() {
    let text = "Dain Iron, who heads the Rohirric delegation, criticised Mordor.";
    check(text, &["dain_iron against/ACCUSE mordor asserted"]);
    assert_eq!(parent_of(text, "dain_iron").as_deref(), Some("rohan"));
}

#[test]
fn a_passive_joined_to_one_with_its_agent_shares_the_agent() {
    check(
        "Dain Iron was arrested by the Mordorian police in 2019 and was hanged on Saturday.",
        &[
            "mordor_police against/COERCE dain_iron asserted",
            "mordor_police against/ASSAULT dain_iron asserted",
        ],
    );
}

#[test]
fn a_branch_named_with_of_and_a_listed_body_is_that_body_s() {
    let text = "Dain Iron was arrested by the Intelligence Directorate of the Arnor Rangers.";
    check(
        text,
        &["intelligence_directorate against/COERCE dain_iron asserted"],
    );
    assert_eq!(
        parent_of(text, "intelligence_directorate").as_deref(),
        Some("arnor_rangers")
    );
}

#[test]
fn both_governments_after_two_states_joined_by_and_are_those_two() {
    // Not the two acting on each other through the aid they send.
    check(
        "Gondor vowed to bring the aid in from Rohan and Arnor and called on both governments \
         to help.",
        &[
            "gondor support/CONSULT arnor asserted",
            "gondor support/CONSULT rohan asserted",
        ],
    );
}

#[test]
fn a_state_s_name_after_the_before_a_plural_and_a_past_verb_is_a_noun_phrase() {
    // "the Gondor charges underlined …": no charge against Arnor.
    check(
        "Rohan said the Gondor charges underlined Arnor's own allegations.",
        &[],
    );
    // A verb when no past verb follows: "the Gondor charges Arnor's envoys".
    check(
        "Rohan said the Gondor charges Arnor's envoys.",
        &[
            "gondor against/COERCE arnor_envoys reported [rohan]",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_participle_before_a_place_name_is_an_adjective() {
    // "in occupied Osgiliath" is a place phrase, not an occupation, and the subject is before it.
    check(
        "Mordorian troops in occupied Osgiliath detained two Rohirric activists.",
        &["mordor_troops against/COERCE rohan_activists asserted"],
    );
    check(
        "Mordorian forces blew up a Gondorian bridge.",
        &["mordor_forces against/ASSAULT gondor asserted"],
    );
}

#[test]
fn a_post_in_apposition_may_have_a_remit_and_a_charity_is_an_organisation() {
    for (text, body) in [
        (
            "Dain Iron, Ent Watch's director of operations, accused Mordor of torture.",
            "ent_watch",
        ),
        (
            "The charity Ent Relief said the ship was safe. Dain Iron, its director of \
             operations, accused Mordor of ignoring requests.",
            "ent_relief",
        ),
    ] {
        check(text, &["dain_iron against/ACCUSE mordor asserted"]);
        assert_eq!(
            parent_of(text, "dain_iron").as_deref(),
            Some(body),
            "\ntext: {text}"
        );
    }
    // A charity named by its state's demonym is its own, not the state's.
    let text = "A Gondorian charity said Mordor was wrong.";
    check(text, &["gondor_charity against/ACCUSE mordor asserted"]);
    assert_eq!(parent_of(text, "gondor_charity"), None);
}

#[test]
fn a_post_for_to_or_from_a_body_or_person_and_a_name_of_a_body_affiliate() {
    for (text, parent) in [
        (
            "Dain Iron, an adviser to King Elessar Telcontar, criticised Mordor.",
            "gondor",
        ),
        (
            "Dain Iron, a spokesman for the Gondorian Foreign Ministry, criticised Mordor.",
            "gondor_foreign_ministry",
        ),
        (
            "Dain Iron, a lawmaker from the ruling Ent Watch, criticised Mordor.",
            "ent_watch",
        ),
        ("Dain Iron of Ent Watch criticised Mordor.", "ent_watch"),
    ] {
        check(text, &["dain_iron against/ACCUSE mordor asserted"]);
        assert_eq!(
            parent_of(text, "dain_iron").as_deref(),
            Some(parent),
            "\ntext: {text}"
        );
    }
}

#[test]
fn a_charge_the_accused_denies_is_against_the_accuser() {
    // The pronoun after the claim's noun is the one accused.
    check(
        "Gondor accused Ent Watch of spying, a charge it rejects.",
        &[
            "ent_watch against/REJECT gondor asserted",
            "gondor against/ACCUSE ent_watch asserted",
        ],
    );
    // A passive accusation's agent is the accuser.
    check(
        "Gondorian troops have been accused by Ent Watch of looting, a charge they deny.",
        &[
            "ent_watch against/ACCUSE gondor_troops asserted",
            "gondor_troops against/REJECT ent_watch asserted",
        ],
    );
    // No accuser named: no one is denied (not the accused themselves).
    check(
        "Gondorian troops have been accused by rebels of looting, a charge Gondor denies.",
        &[],
    );
}

#[test]
fn his_opening_a_sentence_before_what_one_said_or_did_is_the_person_named_last() {
    check(
        "Elrond Half warned Mordor. His remarks drew a sharp response from Rohan.",
        &[
            "elrond_half against/THREATEN mordor asserted",
            "rohan against/ACCUSE elrond_half asserted",
        ],
    );
    check(
        "Elrond Half warned Mordor. His decision was condemned by Rohan.",
        &[
            "elrond_half against/THREATEN mordor asserted",
            "rohan against/ACCUSE elrond_half asserted",
        ],
    );
}

#[test]
fn a_capitalised_name_ending_in_a_document_s_noun_is_no_actor() {
    check("Gondor criticised critics of the Gambling Bill.", &[]);
    check(
        "Elrond Half said the White Paper was a provocation. His claims were denied by Gondor.",
        &["gondor against/REJECT elrond_half asserted"],
    );
}

#[test]
fn releasing_a_video_frees_no_one() {
    check(
        "The Uruk Legion released a video showing the beheading of two Gondorian soldiers.",
        &["uruk_legion against/ASSAULT gondor_soldiers asserted"],
    );
}

#[test]
fn a_request_is_against_its_addressee_only_when_it_presses_them_to_give_way() {
    check(
        "Gondor urged Mordor to \"immediately release\" the activists.",
        &["gondor against/REQUEST mordor asserted"],
    );
    check(
        "Gondor urged Mordor not to attack Rohan.",
        &[
            "gondor against/REQUEST mordor asserted",
            "mordor against/ASSAULT rohan negated",
        ],
    );
    // Asked to act on another, or to settle something: no act against them (only against
    // whom they are asked to act on).
    check(
        "Gondor urged the White Council to impose sanctions on Mordor.",
        &[
            "gondor against/REQUEST mordor asserted",
            "white_council against/SANCTION mordor hypothetical",
        ],
    );
    check("Gondor urged Rohan and Arnor to resolve the issue.", &[]);
}

#[test]
fn an_envoy_to_an_organisation_is_their_state_s_and_the_organisation_stays_in_the_title() {
    check(
        "Gondor's envoy to the White Council accused Mordor of lying.",
        &["gondor_envoy against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_outlet_saying_after_what_it_tells_accuses_no_one() {
    check(
        "The Mordorian regime condemned Gondor's incursion, Palantir News said.",
        &["mordor_regime against/ACCUSE gondor reported [palantir_news]"],
    );
}

#[test]
fn an_account_disputed_is_the_last_accuser_s() {
    check(
        "Palantir News accused Mordor of killing two Gondorian journalists. Mordor disputes \
         the account.",
        &[
            "mordor against/ASSAULT gondor_journalists reported [palantir_news]",
            "mordor against/REJECT palantir_news asserted",
            "palantir_news against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_relative_naming_the_office_held_as_a_state_s_gives_that_state() {
    let text = "Dain Iron, who served as Rohan's ambassador, criticised Mordor.";
    check(text, &["dain_iron against/ACCUSE mordor asserted"]);
    assert_eq!(parent_of(text, "dain_iron").as_deref(), Some("rohan"));
}

#[test]
fn a_body_named_again_by_its_head_noun_may_have_a_modifier_and_a_gerund() {
    check(
        "The Gondorian Information and Security Service (GISS) detained two Rohirric traders. \
         Arnor accused the intelligence service of abusing them.",
        &[
            "arnor against/ACCUSE gondor_information_and_security_service asserted",
            "gondor_information_and_security_service against/COERCE rohan_traders asserted",
        ],
    );
}

#[test]
fn a_name_may_follow_a_capitalised_subordinator() {
    check(
        "When Anborn Tall was detained in Minas Tirith, Arnor protested.",
        &["gondor against/COERCE anborn_tall asserted"],
    );
}

#[test]
fn a_ministry_named_without_its_state_is_the_other_party_s() {
    let text = "Gondor protested. The foreign ministry summoned the Rohirric ambassador.";
    check(
        text,
        &["foreign_ministry against/ACCUSE rohan_ambassador asserted"],
    );
    assert_top(text, "foreign_ministry", "gondor");
}

#[test]
fn only_an_envoy_s_title_keeps_its_receiving_state() {
    check(
        "The visit of Gondor's king to Edoras was a success.",
        &["elessar_telcontar support/CONSULT rohan asserted"],
    );
}

#[test]
fn an_envoy_recalled_from_a_state_is_recalled_from_its_host() {
    check(
        "Gondor's ambassador was recalled from Edoras.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Gondor recalled Ambassador Bard Bow from Edoras.",
        &["gondor against/SANCTION rohan asserted"],
    );
}

#[test]
fn each_side_acting_on_the_other_acts_both_ways() {
    check(
        "Gondor attacked Rohan on Monday. Each side accused the other of provoking the fighting.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    // Not "the other's" anything (the treaty between the two is denied).
    check(
        "There is no treaty between Gondor and Rohan to recognise the other's rulings.",
        &[
            "gondor support/AGREE rohan negated",
            "rohan support/AGREE gondor negated",
        ],
    );
}

#[test]
fn a_passive_light_verb_s_subject_receives_from_the_by_agent() {
    check(
        "Bard Bow was granted asylum by Gondor.",
        &["gondor support/AID bard_bow asserted"],
    );
    check(
        "Bard Bow was granted a visa by Gondor.",
        &["gondor support/COOPERATE bard_bow asserted"],
    );
    // A visa is a grant only as a light verb's object; a visa regime imposed restricts.
    check(
        "Gondor introduced a visa regime for Rohirric citizens.",
        &["gondor against/SANCTION rohan_citizens asserted"],
    );
    check(
        "Gondor imposed visas on Rohirric citizens.",
        &["gondor against/SANCTION rohan_citizens asserted"],
    );
}

#[test]
fn protesters_named_again_without_their_state() {
    check(
        "Gondorian protesters rallied on Monday. Gondorian police dispersed the protesters. \
         Later Gondorian police used water cannon to disperse demonstrators.",
        &[
            "gondor_police against/COERCE gondor_protesters asserted",
            "gondor_police against/COERCE gondor_protesters asserted",
        ],
    );
}

#[test]
fn a_group_named_by_its_noun_alone_is_a_group_of_its_own() {
    check(
        "Gondorian police detained protesters on Monday.",
        &["gondor_police against/COERCE protesters asserted"],
    );
    check(
        "Gondorian police blocked the marchers.",
        &["gondor_police against/SANCTION marchers asserted"],
    );
    check(
        "Militants attacked Gondorian troops near the border.",
        &["militants against/ASSAULT gondor_troops asserted"],
    );
    // Named with its place, as written.
    check(
        "The sanctions followed Mordor's crackdown on protesters in Lamedon Square.",
        &["mordor against/COERCE protesters_in_lamedon_square asserted"],
    );
    // The state's where the sentence places it.
    check(
        "Rohirric jets struck militants inside Mordor.",
        &["rohan_jets against/ASSAULT mordor_militants asserted"],
    );
    assert_top(
        "Rohirric jets struck militants inside Mordor.",
        "mordor_militants",
        "mordor",
    );
    // Members named after their group stand for it later.
    check(
        "Rohan pursued Free States militants. Rohirric jets killed ten militants.",
        &["rohan_jets against/ASSAULT free_states asserted"],
    );
    // So does "the group" for a group named with that noun.
    check(
        "Rohan has long fought the Free States extremist group. Gondor condemned the group.",
        &[
            "gondor against/ACCUSE free_states asserted",
            "rohan against/ASSAULT free_states asserted",
        ],
    );
}

#[test]
fn a_fight_of_two_is_each_ones_act_on_the_other() {
    check(
        "Gondor and Rohan clashed on the border on Thursday.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    check(
        "Gondor and Rohan came to blows over the ford.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    check(
        "Gondor and Rohan fought a brief war in 1995.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    // The one clashed "with" clashes back.
    check(
        "Gondorian troops clashed with Rohirric troops near the river.",
        &[
            "gondor_troops against/ASSAULT rohan_troops asserted",
            "rohan_troops against/ASSAULT gondor_troops asserted",
        ],
    );
    // A fight's noun with "between" after it, or past its verb.
    check(
        "Clashes between Gondorian and Rohirric troops broke out on Monday.",
        &[
            "gondor_troops against/ASSAULT rohan_troops asserted",
            "rohan_troops against/ASSAULT gondor_troops asserted",
        ],
    );
    check(
        "Deadly clashes broke out between Gondor and Rohan.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    // Not whom one fights "with": an ally, or a foe, but no fight back.
    check(
        "Gondorian contractors fought with the Free States in the east.",
        &["gondor_contractors against/ASSAULT free_states asserted"],
    );
}

#[test]
fn a_hostile_deed_on_no_one_named_that_a_speaker_reports_is_the_speakers_act_on_its_agent() {
    check(
        "Elessar Telcontar said Mordor had shelled residential areas overnight.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    check(
        "\"Mordor is waging a war against its own people,\" Elessar Telcontar wrote.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    // Not of the speaker's own side, nor of a clause beside what is said, nor an act allowed.
    check(
        "Elessar Telcontar said Gondorian forces had shelled residential areas.",
        &[],
    );
    check(
        "Elessar Telcontar announced new measures after Mordor attacked.",
        &[],
    );
    check(
        "Elessar Telcontar said Gondor had allowed Rohirric agents to search homes.",
        &[],
    );
}

#[test]
fn an_object_in_a_subordinate_clause_is_no_subject_of_the_next_conjunct() {
    for group in ["protesters", "Rohirric protesters"] {
        check(
            &format!(
                "Elessar Telcontar imposed a state of emergency after riot police used tear gas \
                 to break up {group}, and accused Mordor of plotting a coup."
            ),
            &["elessar_telcontar against/ACCUSE mordor asserted"],
        );
    }
}

#[test]
fn recalling_ones_own_envoy_from_a_host_is_against_the_host() {
    // The participle after the envoy's name in apposition is the main clause's act.
    check(
        "Arnor recalled its own ambassador in Minas Tirith, Elrond Half, accusing the \
         Gondorian embassy of spying.",
        &[
            "arnor against/ACCUSE gondor_embassy asserted",
            "arnor against/SANCTION gondor asserted",
        ],
    );
}

#[test]
fn a_state_named_in_passing_is_no_guessed_home() {
    // Two disputants named about as often; the unaffiliated minister acts on both, so
    // neither is free: the guess is the most named state, not Mordor, named once.
    let text = "Arnor expelled Gondor's envoy. Gondor condemned Arnor. Arnor accused Gondor of \
                spying. A Mordorian trader was fined. Minister Elrond Half apologised to Arnor \
                and praised Gondor.";
    assert_top(text, "elrond_half", "arnor");
    check(
        text,
        &[
            "arnor against/ACCUSE gondor asserted",
            "arnor against/SANCTION gondor_envoy asserted",
            "elrond_half support/CONCEDE arnor asserted",
            "elrond_half support/SUPPORT gondor asserted",
            "gondor against/ACCUSE arnor asserted",
        ],
    );
}

#[test]
fn reacting_to_an_agreement_is_acting_on_both_its_parties() {
    check(
        "Arnor and Gondor signed a pact on Monday. Rohan welcomed the agreement.",
        &[
            "arnor support/AGREE gondor asserted",
            "gondor support/AGREE arnor asserted",
            "rohan support/SUPPORT arnor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_given_names_joined_lower_case_syllable_is_part_of_the_name() {
    check(
        "Gondorian envoy Ban Ki-moon praised Rohan.",
        &["ban_ki_moon support/SUPPORT rohan asserted"],
    );
}

#[test]
fn a_leaders_administration_is_a_body_of_their_state() {
    let text = "The Wang Ecthelion administration expelled Rohirric diplomats.";
    assert_top(text, "wang_ecthelion_administration", "gondor");
    check(
        text,
        &["wang_ecthelion_administration against/SANCTION rohan_diplomats asserted"],
    );
}

#[test]
fn a_long_appositive_with_an_article_is_skipped_to_the_subject() {
    check(
        "Bard Bow, a Rohirric veteran and an outspoken voice of the Rohirric opposition, \
         praised Gondor.",
        &["bard_bow support/SUPPORT gondor asserted"],
    );
}

#[test]
fn joining_someone_in_an_act_is_doing_it_too() {
    check(
        "Arnor and Rohan on Monday joined Gondor in a joint statement blaming Mordor for the \
         attack.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "arnor support/AGREE gondor asserted",
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    // Joining an organisation sides with it.
    check(
        "Rohan joined the Free States League in 1952.",
        &["rohan support/AGREE free_states asserted"],
    );
}

#[test]
fn acting_on_a_thing_in_support_of_someone_acts_on_them() {
    check(
        "Mordor blocked a White Council statement in support of Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Rohan backed a resolution supporting Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    // The object itself is acted on; the purpose is another matter.
    check(
        "Mordor attacked Gondor in support of Rohan.",
        &["mordor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn close_ties_are_support() {
    check(
        "Rohan has close ties with Gondor, and Arnor enjoys friendly relations with Mordor.",
        &[
            "arnor support/COOPERATE mordor asserted",
            "rohan support/COOPERATE gondor asserted",
        ],
    );
}

#[test]
fn a_stance_compound_with_an_of_holder() {
    check(
        "Bard Bow criticised the anti-Gondorian line of Arnor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "bard_bow against/ACCUSE arnor asserted",
        ],
    );
}

#[test]
fn a_possessors_partners_are_not_the_possessor() {
    check("Arnor praised Gondor's Western partners.", &[]);
    check(
        "Arnor criticised Gondor's government.",
        &["arnor against/ACCUSE gondor_government asserted"],
    );
}

#[test]
fn a_listed_surname_after_another_name_word_is_someone_elses_name() {
    // "Telcontar" names the listed Elessar Telcontar alone, not the end of "Aragorn
    // Telcontar".
    check(
        "Arnor expelled Gondorian envoy Aragorn Telcontar. Rohan praised Telcontar.",
        &[
            "arnor against/SANCTION aragorn_telcontar asserted",
            "rohan support/SUPPORT aragorn_telcontar asserted",
        ],
    );
    check(
        "Rohan praised Telcontar.",
        &["rohan support/SUPPORT elessar_telcontar asserted"],
    );
    // A sentence's opening adverb is no first name.
    check(
        "Meanwhile Telcontar praised Rohan.",
        &["elessar_telcontar support/SUPPORT rohan asserted"],
    );
}

#[test]
fn an_organisations_national_section_is_an_organisation_of_its_own() {
    let text = "White Council Gondor condemned Mordor.";
    assert_top(text, "white_council_gondor", "white_council_gondor");
    check(
        text,
        &["white_council_gondor against/ACCUSE mordor asserted"],
    );
    // Not a list or a modifier.
    check(
        "The White Council and Gondor condemned Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "white_council against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_name_between_a_possessor_and_an_act_noun_is_acted_on() {
    check(
        "Rohan hailed Arnor's Mordor ban.",
        &[
            "arnor against/SANCTION mordor asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
    // A person after the possessive acts: a verb.
    check(
        "Arnor's Elrond Half attacks Gondor.",
        &["elrond_half against/ASSAULT gondor asserted"],
    );
}

#[test]
fn speaking_to_someone_is_contact_but_an_interview_is_not() {
    check(
        "Elrond Half spoke to Bard Bow by phone. Later Half spoke to Palantir News.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn striking_a_deal_is_no_attack() {
    check("Rohan strikes Gondorian grain deal.", &[]);
    check(
        "Rohan struck Gondor after the pact collapsed.",
        &["rohan against/ASSAULT gondor asserted"],
    );
}

#[test]
fn acronyms_defined_in_the_text() {
    check(
        "The Arnor Rangers (AR) raided Gondor. The AR later attacked Rohan.",
        &[
            "arnor_rangers against/ASSAULT rohan asserted",
            "arnor_rangers against/COERCE gondor asserted",
        ],
    );
}

#[test]
fn definite_description_resolves_to_last_named_body() {
    check(
        "The Arnorian Ministry of Culture met envoys. The ministry later condemned Rohan.",
        &["arnor_ministry_of_culture against/ACCUSE rohan asserted"],
    );
}

#[test]
fn media_names_with_a_media_noun() {
    check(
        "The Ithil Telegram channel accused Gondor of lying.",
        &["ithil against/ACCUSE gondor asserted"],
    );
}

#[test]
fn plural_demonym_is_a_group_of_the_state() {
    check(
        "Arnor deported hundreds of Gondorians.",
        &["arnor against/COERCE gondor_people asserted"],
    );
}

#[test]
fn passive_with_agent() {
    check(
        "Two Palantir News reporters were detained by the Arnor Rangers.",
        &["arnor_rangers against/COERCE palantir_news asserted"],
    );
    check(
        "Gondor was attacked by Mordor.",
        &["mordor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn passive_without_agent_finds_no_source() {
    check("Gondor was attacked on Monday.", &[]);
}

#[test]
fn reduced_passive() {
    check(
        "The Gondorian envoys expelled by Arnor left on Friday.",
        &["arnor against/SANCTION gondor_envoys asserted"],
    );
}

#[test]
fn coordinated_actors_make_every_pair() {
    check(
        "Rohan and Gondor condemned Mordor and Arnor.",
        &[
            "gondor against/ACCUSE arnor asserted",
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE arnor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn nominal_events() {
    check(
        "Mordor's condemnation of Gondor was swift.",
        &["mordor against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan's support for Gondor is firm.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "The arrest of two Palantir reporters by Arnorian police drew protests.",
        &["arnor_police against/COERCE palantir_news asserted"],
    );
    check(
        "Arnorian raids on Gondor continued.",
        &["arnor against/COERCE gondor asserted"],
    );
}

#[test]
fn light_verb_with_event_noun() {
    check(
        "Arnor launched an attack on Gondor.",
        &["arnor against/ASSAULT gondor asserted"],
    );
    check(
        "The Arnor Rangers carried out raids against Gondorian traders.",
        &["arnor_rangers against/COERCE gondor_traders asserted"],
    );
}

#[test]
fn specific_name_beats_adjective() {
    check(
        "Gondorian King Elessar Telcontar praised Rohan.",
        &["elessar_telcontar support/SUPPORT rohan asserted"],
    );
}

#[test]
fn surname_alone_names_the_person() {
    check(
        "Telcontar thanked Rohan.",
        &["elessar_telcontar support/SUPPORT rohan asserted"],
    );
}

#[test]
fn appositive_subject() {
    check(
        "Gondor's captain, Faramir Hurin, denounced Mordor.",
        &["faramir_hurin against/ACCUSE mordor asserted"],
    );
}

#[test]
fn speech_act_verbs() {
    check(
        "The Gondor Foreign Ministry accused Arnor of aggression.",
        &["gondor_foreign_ministry against/ACCUSE arnor asserted"],
    );
}

#[test]
fn reported_speech_keeps_the_speaker() {
    check(
        "Elessar Telcontar said that Arnor had attacked Rohan.",
        &[
            "arnor against/ASSAULT rohan reported [elessar_telcontar]",
            "elessar_telcontar against/ACCUSE arnor asserted",
        ],
    );
    check(
        "According to the Mordor Herald, Arnor expelled Gondorian envoys.",
        &["arnor against/SANCTION gondor_envoys reported [mordor_herald]"],
    );
}

#[test]
fn according_to_the_harmed_side_is_its_accusation() {
    // The cited source tells of harm done to its own side: it accuses the agent.
    check(
        "According to the Gondorian ministry, Arnorian troops shelled Gondor.",
        &[
            "arnor_troops against/ASSAULT gondor reported [gondor_ministry]",
            "gondor_ministry against/ACCUSE arnor_troops asserted",
        ],
    );
    check(
        "Arnorian troops detained two Gondorian journalists, according to Elessar Telcontar.",
        &[
            "arnor_troops against/COERCE gondor_journalists reported [elessar_telcontar]",
            "elessar_telcontar against/ACCUSE arnor_troops asserted",
        ],
    );
    // A third party cited, or a deed on no one named: attribution only.
    check(
        "Arnorian troops shelled Rohan, according to the Gondorian ministry.",
        &["arnor_troops against/ASSAULT rohan reported [gondor_ministry]"],
    );
    check(
        "According to the Gondorian ministry, Arnorian troops shelled villages.",
        &[],
    );
}

#[test]
fn negation_and_hedging() {
    check(
        "Rohan has never threatened Arnor.",
        &["rohan against/THREATEN arnor negated"],
    );
    check(
        "Rohan did not attack Arnor.",
        &["rohan against/ASSAULT arnor negated"],
    );
    check(
        "Mordor may consider sanctions against Gondor.",
        &["mordor against/SANCTION gondor hypothetical"],
    );
}

#[test]
fn places_are_not_participants() {
    check("Arnor arrested two traders in Gondor.", &[]);
    check("Arnor praised two traders in Gondor.", &[]);
}

#[test]
fn coercion_without_agent_is_the_act_of_the_state_where_it_happens() {
    check(
        "The arrest of two Palantir News reporters in Annuminas shocked Gondor.",
        &["arnor against/COERCE palantir_news asserted"],
    );
    check("Two Gondorian envoys were detained in Minas Tirith.", &[]);
    // Not a state's act on its own body.
    check(
        "Crowds stormed the Gondorian parliament in Minas Tirith.",
        &[],
    );
}

#[test]
fn an_attempted_act_is_an_act() {
    check(
        "Gondorian protesters tried to storm the Rohirric embassy.",
        &["gondor_protesters against/COERCE rohan_embassy asserted"],
    );
}

#[test]
fn co_mentions_are_not_interactions() {
    check("Relations between Arnor and Gondor are tense.", &[]);
    check("The Arnorian-Gondorian border is closed.", &[]);
}

#[test]
fn no_self_interaction() {
    check("Gondor praised Gondor.", &[]);
}

#[test]
fn anti_and_pro_compounds_name_their_target() {
    check(
        "Mordor's anti-Gondorian rhetoric alarmed Rohan.",
        &["mordor against/ACCUSE gondor asserted"],
    );
    // "take" is a light verb: a media outlet's line is its stance.
    check(
        "The Mordor Herald took a pro-Arnorian line.",
        &["mordor_herald support/SUPPORT arnor asserted"],
    );
}

#[test]
fn source_introduced_by_from() {
    check(
        "Harsh condemnation came from the Gondor Foreign Ministry.",
        &[],
    );
    check(
        "The condemnation from Rohan of Mordor was swift.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn noun_after_determiner_and_modifier() {
    check(
        "Arnorian troops performed a violent raid on Gondorian villages.",
        &["arnor_troops against/COERCE gondor asserted"],
    );
}

#[test]
fn untitled_names_and_organisations() {
    check(
        "Tom Bombadil condemned Mordor.",
        &["tom_bombadil against/ACCUSE mordor asserted"],
    );
    check(
        "The Shire Court condemned Mordor.",
        &["shire_court against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor Foreign Secretary Beregond Kilroy-Stone praised Rohan. Rohan thanked Kilroy-Stone.",
        &[
            "beregond_kilroy_stone support/SUPPORT rohan asserted",
            "rohan support/SUPPORT beregond_kilroy_stone asserted",
        ],
    );
}

#[test]
fn conjunctions_end_the_subject_and_modifier_scans() {
    check(
        "Rohan visited Arnor and later announced the arrest of Gondorian envoys.",
        &[
            "rohan against/COERCE gondor_envoys asserted",
            "rohan support/CONSULT arnor asserted",
        ],
    );
    check("The Mordor Herald is pro-Arnorian and pro-Gondorian.", &[]);
}

#[test]
fn he_and_she_stand_for_the_person_named_last() {
    check(
        "Elessar Telcontar arrived in Edoras. He praised Rohan.",
        &[
            "elessar_telcontar support/CONSULT rohan asserted",
            "elessar_telcontar support/SUPPORT rohan asserted",
        ],
    );
}

#[test]
fn bare_name_modifier_is_the_source_when_the_target_is_named() {
    check(
        "The Arnor embargo on Gondor hurt traders.",
        &["arnor against/SANCTION gondor asserted"],
    );
}

#[test]
fn page_furniture_is_skipped() {
    check(
        "Arnor attacked Gondor.\nRelated Articles\nLEAVE A REPLY",
        &["arnor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn participial_clause_takes_the_main_subject() {
    check(
        "Gondor's envoy, Faramir Hurin, delivered a protest to Arnor, denouncing Mordor.",
        &[
            "faramir_hurin against/ACCUSE arnor asserted",
            "faramir_hurin against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn named_events_are_not_actors() {
    check(
        "Elessar Telcontar refused to attend the Victory Day parade.",
        &[],
    );
    check("Rohan stood by during Arnor's offensive.", &[]);
}

#[test]
fn participant_coordinated_with_a_common_noun() {
    check(
        "The Gondorian Guard (GG) and police units conducted raids in Minas Tirith, targeting Arnorians.",
        &[
            "gondor_guard against/COERCE arnor_people asserted",
        ],
    );
}

#[test]
fn its_stands_for_the_body_named_last() {
    check(
        "Rohan is wary. Its alliance with Gondor holds.",
        &["rohan support/AGREE gondor asserted"],
    );
}

#[test]
fn an_overlong_sentence_is_still_linked() {
    // 5,000 clauses without a full stop: linked window by window, every clause found.
    let text = "Arnor attacked Gondor and ".repeat(5000);
    let lex = lexicon();
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let found = Extractor::new(lex).extract(&doc);
    let pairs: std::collections::BTreeSet<(String, String)> = found
        .interactions
        .iter()
        .map(|i| (i.source.clone(), i.target.clone()))
        .collect();
    assert!(
        pairs.contains(&("arnor".to_string(), "gondor".to_string())),
        "{pairs:?}"
    );
}

#[test]
fn time_adverbials_between_subject_and_verb() {
    check(
        "Arnor on Tuesday condemned Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan on 1 December condemned Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor last week condemned Arnor.",
        &["gondor against/ACCUSE arnor asserted"],
    );
    check(
        "Arnor, on Tuesday, condemned Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan, earlier this month, condemned Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn unlisted_names_after_a_locative_are_places() {
    check(
        "Tom Bombadil stayed near Weather Hills. He condemned Mordor.",
        &["tom_bombadil against/ACCUSE mordor asserted"],
    );
}

#[test]
fn coordinated_predicate_after_a_comma_clause() {
    check(
        "Arnor attacked Rohan, citing its failures, and condemned Gondor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "arnor against/ASSAULT rohan asserted",
        ],
    );
    check(
        "Elrond Half said the talks had failed, and urged Gondor to leave.",
        &["elrond_half against/REQUEST gondor asserted"],
    );
}

#[test]
fn of_complements_belong_to_the_name() {
    check(
        "Arnor's Ministry of External Affairs condemned Gondor.",
        &["arnor_ministry_of_external_affairs against/ACCUSE gondor asserted"],
    );
    check(
        "The Ministry of Foreign Affairs condemned Gondor.",
        &["ministry_of_foreign_affairs against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_noun_after_a_determiner_is_not_the_first_conjunct_verb() {
    check(
        "Arnor rejected the claim and blamed Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
}

#[test]
fn passive_of_a_verb_whose_participle_is_its_base_form() {
    check(
        "Gondor was hit by Arnor.",
        &["arnor against/ASSAULT gondor asserted"],
    );
    check(
        "Gondor was hit by Arnorian air defences.",
        &["arnor_air_defences against/ASSAULT gondor asserted"],
    );
}

#[test]
fn events_in_an_infinitive_of_asking_or_intending_are_hypothetical() {
    check(
        "Arnor urged Rohan to attack Gondor.",
        &[
            "arnor against/REQUEST gondor asserted",
            "rohan against/ASSAULT gondor hypothetical",
        ],
    );
    check(
        "Arnor asked Rohan to expel Gondorian diplomats.",
        &["rohan against/SANCTION gondor_diplomats hypothetical"],
    );
}

#[test]
fn titles_with_a_body_and_an_opening_place() {
    check(
        "Arnorian Foreign Ministry spokesman Elrond Half condemned Gondor.",
        &["elrond_half against/ACCUSE gondor asserted"],
    );
    check(
        "In Minas Tirith, foreign ministry spokeswoman Ioreth Healer condemned Arnor.",
        &["ioreth_healer against/ACCUSE arnor asserted"],
    );
}

/// The state or top group `person` rolls up to in the extraction of `text`.
fn assert_top(text: &str, person: &str, state: &str) {
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let got = Extractor::new(lexicon()).extract(&doc);
    assert_eq!(
        got.top(person).map(|a| a.id.as_str()),
        Some(state),
        "{text}"
    );
}

#[test]
fn titled_people_belong_to_the_state_of_the_title_or_the_opening_place() {
    assert_top(
        "Arnorian Foreign Ministry spokesman Elrond Half condemned Gondor.",
        "elrond_half",
        "arnor",
    );
    assert_top(
        "In Minas Tirith, foreign ministry spokeswoman Ioreth Healer condemned Arnor.",
        "ioreth_healer",
        "gondor",
    );
}

#[test]
fn titles_in_apposition_and_with_a_receiving_state() {
    check(
        "Arnor's special envoy, Elrond Half, condemned Gondor.",
        &["elrond_half against/ACCUSE gondor asserted"],
    );
    check(
        "Arnorian Ambassador to Rohan Ioreth Healer condemned Gondor.",
        &["ioreth_healer against/ACCUSE gondor asserted"],
    );
    assert_top(
        "Arnor's special envoy, Elrond Half, condemned Gondor.",
        "elrond_half",
        "arnor",
    );
    assert_top(
        "Arnorian Ambassador to Rohan Ioreth Healer condemned Gondor.",
        "ioreth_healer",
        "arnor",
    );
}

#[test]
fn office_holder_in_apposition_to_the_object_and_place_before_of() {
    check(
        "Gondor summoned Arnor's ambassador, Elrond Half.",
        &["gondor against/ACCUSE elrond_half asserted"],
    );
    check(
        "The arrest in Minas Tirith of Rohirric diplomats angered Rohan.",
        &["gondor against/COERCE rohan_diplomats asserted"],
    );
}

#[test]
fn coordinated_parties_of_a_cooperative_verb_act_on_each_other() {
    check(
        "Arnor and Rohan agreed to restore ties.",
        &[
            "arnor support/AGREE rohan asserted",
            "rohan support/AGREE arnor asserted",
        ],
    );
    // A noun does not make its parties act on each other.
    check("An alliance of Arnor and Rohan will help.", &[]);
}

#[test]
fn a_headline_verb_right_after_its_subject_reaches_a_later_object() {
    check(
        "Arnor downgrades diplomatic relations with Gondor.",
        &["arnor against/SANCTION gondor asserted"],
    );
}

#[test]
fn a_parenthetical_phrase_between_subject_and_verb() {
    check(
        "Arnor, in a speech on Tuesday, condemned Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "King Elessar II, at a summit in June, praised Rohan.",
        &["elessar_ii support/SUPPORT rohan asserted"],
    );
}

#[test]
fn a_body_placed_by_its_seat_belongs_to_that_state() {
    check(
        "The foreign ministry in Minas Tirith condemned Arnor.",
        &["gondor_foreign_ministry against/ACCUSE arnor asserted"],
    );
    // An embassy stands in a foreign capital.
    check("The embassy in Minas Tirith condemned Arnor.", &[]);
}

#[test]
fn an_office_without_a_name_is_its_listed_holder() {
    check(
        "The Gondorian king condemned Mordor.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor's King praised Rohan.",
        &["elessar_telcontar support/SUPPORT rohan asserted"],
    );
    // No listed holder: a person of that state standing for the office.
    check(
        "The Rohirric king condemned Mordor.",
        &["rohan_king against/ACCUSE mordor asserted"],
    );
}

#[test]
fn another_first_name_before_a_listed_surname_is_another_person() {
    check(
        "Gondor detained Boromir Hurin. Rohan praised Hurin.",
        &[
            "gondor against/COERCE boromir_hurin asserted",
            "rohan support/SUPPORT boromir_hurin asserted",
        ],
    );
    check(
        "Rohan praised Faramir Hurin.",
        &["rohan support/SUPPORT faramir_hurin asserted"],
    );
}

#[test]
fn reduced_passive_needs_by_right_after_the_participle_or_a_place() {
    check(
        "Rohirric diplomats detained in Minas Tirith by Arnor were freed.",
        &["arnor against/COERCE rohan_diplomats asserted"],
    );
    // "shops run by Gondorians" is the object of an active verb, not its agent: the owners are
    // acted on (see the_owner_of_a_raided_place_is_acted_on).
    check(
        "Arnorian police raided shops run by Gondorians.",
        &["arnor_police against/COERCE gondor_people asserted"],
    );
}

#[test]
fn it_after_a_reporting_verb_is_the_speaker() {
    check(
        "Arnor said that it would expel Gondorian diplomats.",
        // An announced act ("said … would") is reported (see
        // an_announced_act_is_reported_not_hypothetical).
        &["arnor against/SANCTION gondor_diplomats reported [arnor]"],
    );
}

#[test]
fn a_cue_noun_heading_a_compound_keeps_its_target() {
    check(
        "Arnor handed a protest note to Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
}

#[test]
fn light_verb_with_a_multiword_event_noun() {
    check(
        "Arnor opened a criminal case against Gondorian diplomats.",
        &["arnor against/COERCE gondor_diplomats asserted"],
    );
}

#[test]
fn the_subject_stands_before_a_place_phrase() {
    check(
        "Rohan's embassy in Minas Tirith was raided by Arnor.",
        &["arnor against/COERCE rohan_embassy asserted"],
    );
}

#[test]
fn its_skips_a_body_named_in_an_opening_subordinate_clause() {
    check(
        "As Arnor's influence waned, Gondor deepened its cooperation with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
    check(
        "– Shifting alliances: While Arnor's power waned, Gondor expanded its cooperation with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
}

#[test]
fn a_post_in_apposition_gives_a_person_their_affiliation() {
    // Not the state acting on them (a verb before the title is no member's body).
    let text = "Rohan sanctioned General Anborn Tall, the head of Gondor's army.";
    check(text, &["rohan against/SANCTION anborn_tall asserted"]);
    assert_top(text, "anborn_tall", "gondor");
    assert_top(
        "Rohan sanctioned General Anborn Tall, Gondor's security chief.",
        "anborn_tall",
        "gondor",
    );
    assert_top(
        "Rohan sanctioned General Anborn Tall, the Gondorian defence minister, on Monday.",
        "anborn_tall",
        "gondor",
    );
    // An envoy's post, which alone names the envoy's stand-in, beats the dateline's state.
    let text = "EDORAS, July 1 (Reuters) - The foreign ministry summoned Elrond Half, \
                Gondor's ambassador, to protest against the raids.";
    check(
        text,
        &["foreign_ministry against/ACCUSE elrond_half asserted"],
    );
    assert_top(text, "elrond_half", "gondor");
    assert_top(text, "foreign_ministry", "rohan");
}

#[test]
fn people_named_as_members_of_a_body_are_the_target_and_belong_to_it() {
    let text = "Gondor detained two Palantir News employees, Elrond Half and Cirdan Ship.";
    check(
        text,
        &[
            "gondor against/COERCE cirdan_ship asserted",
            "gondor against/COERCE elrond_half asserted",
        ],
    );
    assert_top(text, "cirdan_ship", "gondor");
    check(
        "Gondor detained Mordor Herald journalists Elrond Half and Cirdan Ship.",
        &[
            "gondor against/COERCE cirdan_ship asserted",
            "gondor against/COERCE elrond_half asserted",
        ],
    );
    // A time word is not a member noun: the object stays the state.
    check(
        "Gondor condemned Mordor yesterday, Arnor said.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/ACCUSE mordor reported [arnor]",
        ],
    );
}

#[test]
fn a_states_body_is_the_listed_one_when_the_lexicon_has_it() {
    check(
        "Rohan's foreign ministry condemned Mordor.",
        &["rohan_mfa against/ACCUSE mordor asserted"],
    );
    check(
        "The foreign ministry in Edoras condemned Mordor.",
        &["rohan_mfa against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_relative_clause_takes_its_antecedent_as_subject() {
    check(
        "Arnor hosted Rohan, which condemned Mordor.",
        &[
            "arnor support/CONSULT rohan asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_titled_name_in_apposition_is_the_subject() {
    check(
        "Its pilot, Wing Commander Elrond Half, was captured by Mordorian troops.",
        &["mordor_troops against/COERCE elrond_half asserted"],
    );
}

#[test]
fn quotation_marks_inside_an_event_phrase() {
    check(
        "Arnor lodged its \"strongest protest\" with Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
}

#[test]
fn condemning_an_act_by_someone_targets_its_agent() {
    check(
        "Rohan condemned the \"unprovoked shelling\" by Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan condemned the attack on Edoras by Mordorian troops.",
        &[
            "mordor_troops against/ASSAULT rohan asserted",
            "rohan against/ACCUSE mordor_troops asserted",
        ],
    );
}

#[test]
fn an_unowned_state_body_belongs_to_the_datelines_state() {
    let text = "Edoras (AFP) - The Department of Foreign Affairs condemned Mordor.";
    check(
        text,
        &["department_of_foreign_affairs against/ACCUSE mordor asserted"],
    );
    assert_top(text, "department_of_foreign_affairs", "rohan");
}

#[test]
fn a_summarising_appositive_refers_to_the_main_clause_actor() {
    check(
        "Rohan expelled two envoys, a move condemned by Gondor.",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_discovered_body_is_labelled_as_first_written() {
    let doc = Document::from_bytes(
        "t",
        "Arnor's security forces detained Gondorian traders. The foreign ministry in Annuminas condemned Gondor."
            .as_bytes(),
    )
    .unwrap();
    let got = Extractor::new(lexicon()).extract(&doc);
    let label = |id: &str| got.actor(id).map(|a| a.label.as_str());
    assert_eq!(
        label("arnor_security_forces"),
        Some("Arnor's security forces")
    );
    assert_eq!(
        label("arnor_foreign_ministry"),
        Some("foreign ministry in Annuminas")
    );
}

#[test]
fn a_body_first_described_is_labelled_by_its_name_when_the_name_comes() {
    let doc = Document::from_bytes(
        "t",
        "Mordor bans Gondor's largest Orthodox Church. The Gondorian Orthodox Church condemned \
         Mordor."
            .as_bytes(),
    )
    .unwrap();
    let got = Extractor::new(lexicon()).extract(&doc);
    let church = got.actor("gondor_orthodox_church").unwrap();
    assert_eq!(church.label, "Gondorian Orthodox Church");
    // A church stands apart from its state, as `generic_nouns.tsv` says of its head.
    assert_eq!(
        got.top("gondor_orthodox_church").map(|a| a.id.as_str()),
        Some("gondor_orthodox_church")
    );
}

#[test]
fn an_outlets_national_edition_is_an_outlet_of_its_own() {
    check(
        "Rohan banned Palantir News Rohan on Monday.",
        &["rohan against/SANCTION palantir_news_rohan asserted"],
    );
    assert_top(
        "Rohan banned Palantir News Rohan on Monday.",
        "palantir_news_rohan",
        "gondor",
    );
}

#[test]
fn forcing_someone_to_act_coerces_them() {
    check(
        "Gondor forced Palantir News to close its office.",
        &["gondor against/COERCE palantir_news asserted"],
    );
    // Not the noun: "Gondorian forces", "a peacekeeping force".
    check("Gondorian forces entered Rohan.", &[]);
    check(
        "Gondorian opposition forces accused Mordor of betrayal.",
        &["gondor_opposition against/ACCUSE mordor asserted"],
    );
    check("Rohan sent a peacekeeping force to Arnor.", &[]);
}

#[test]
fn cutting_what_one_supplies_is_against_the_one_supplied() {
    check(
        "Gondor cut gas supplies to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Mordor slashed deliveries to Arnor by 30%.",
        &["mordor against/SANCTION arnor asserted"],
    );
    // Also the phrase, and after "has": "cut" is then the participle, not a bare present.
    check(
        "Gondor cut off gas supplies to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Gondor has now cut electricity exports to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    // Cutting off a cooperative act calls it off.
    check(
        "Gondor cut off talks with Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    // Not what is not supplied to anyone.
    check("Gondor cut taxes for Rohirric exporters.", &[]);
}

#[test]
fn acting_on_each_others_envoys_is_each_ones_act_on_the_other() {
    check(
        "Gondor and Rohan expelled each other's diplomats over a speech by Bard Bow.",
        &[
            "gondor against/SANCTION rohan asserted",
            "rohan against/SANCTION gondor asserted",
        ],
    );
}

#[test]
fn parties_signing_a_declaration_agree_with_each_other() {
    check(
        "Elessar Telcontar and Bard Bow signed the Edoras Declaration on Friday.",
        &[
            "bard_bow support/AGREE elessar_telcontar asserted",
            "elessar_telcontar support/AGREE bard_bow asserted",
        ],
    );
}

#[test]
fn judging_an_act_named_with_its_agent_after_of_judges_the_agent() {
    check(
        "Rohan described the visit of Elessar Telcontar as a provocation.",
        &["rohan against/ACCUSE elessar_telcontar asserted"],
    );
}

#[test]
fn a_headlines_bare_infinitive_after_a_demand_is_not_yet_done() {
    check(
        "Gondor demands Rohan free Palantir News reporters.",
        &[
            "gondor against/REQUEST rohan asserted",
            "rohan support/CONCEDE palantir_news hypothetical",
        ],
    );
}

#[test]
fn states_names_joined_by_hyphens_name_no_one() {
    check("Rohirric protesters blocked the Gondor-Rohan highway.", &[]);
    check("Mordor condemned the Gondor-Rohan war.", &[]);
}

#[test]
fn an_agreement_welcomed_in_the_passive_stands_for_its_parties() {
    check(
        "Gondor and Rohan signed an agreement. The agreement was welcomed by Mordor.",
        &[
            "gondor support/AGREE rohan asserted",
            "mordor support/SUPPORT gondor asserted",
            "mordor support/SUPPORT rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn a_demonym_alone_after_ethnic_is_the_states_people() {
    check(
        "Gondorian police detained ethnic Rohirric in Osgiliath.",
        &["gondor_police against/COERCE rohan_people asserted"],
    );
}

#[test]
fn an_expulsion_in_the_passive_is_the_act_of_the_body_announcing_it() {
    check(
        "The Gondor Foreign Ministry said two Rohirric diplomats had been expelled.",
        &["gondor_foreign_ministry against/SANCTION rohan_diplomats reported [gondor_foreign_ministry]"],
    );
    // Not an outlet's, not a person's.
    check(
        "Palantir News said two Rohirric diplomats had been expelled.",
        &[],
    );
}

#[test]
fn calling_a_reaction_exaggerated_judges_its_owner() {
    check(
        "Elessar Telcontar said Mordor's reaction was exaggerated.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
}

#[test]
fn at_the_invitation_of_someone_is_their_invitation_of_the_subject() {
    check(
        "Bard Bow visited Minas Tirith on Monday at the invitation of Elessar Telcontar.",
        &[
            "bard_bow support/CONSULT gondor asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_states_banks_are_its_bodies() {
    check(
        "Gondorian banks froze the accounts of Palantir News.",
        &["gondor_banks against/SANCTION palantir_news asserted"],
    );
    // "the agency" after an outlet is that outlet.
    check(
        "Gondor banned Palantir News. Earlier, Gondorian banks froze the agency's accounts.",
        &[
            "gondor against/SANCTION palantir_news asserted",
            "gondor_banks against/SANCTION palantir_news asserted",
        ],
    );
}

#[test]
fn a_law_passed_is_its_makers_named_by_any_of_its_words() {
    check(
        "The Gondorian parliament passed a bill on Tuesday. Mordor condemned the legislation.",
        &["mordor against/ACCUSE gondor_parliament asserted"],
    );
}

#[test]
fn a_name_spelled_otherwise_with_a_listed_actors_short_name_after_it_is_that_actor() {
    check(
        "The Seeing Stone Broadcasting Corporation (Palantir) accused Rohan of lying. Rohan \
         condemned the Seeing Stone Broadcasting Corporation.",
        &[
            "palantir_news against/ACCUSE rohan asserted",
            "rohan against/ACCUSE palantir_news asserted",
        ],
    );
}

#[test]
fn saying_someone_has_no_right_to_act_is_against_them() {
    check(
        "Elessar Telcontar said that Mordor had no right to comment on the visit.",
        &["elessar_telcontar against/ACCUSE mordor reported [elessar_telcontar]"],
    );
}

#[test]
fn a_bodys_troops_named_after_it_cross_into_a_state_as_an_incursion() {
    check(
        "White Council troops crossed into Mordor on Thursday.",
        &["white_council against/ASSAULT mordor asserted"],
    );
    check(
        "Gondorian tanks rolled into Rohan.",
        &["gondor_tanks against/ASSAULT rohan asserted"],
    );
}

#[test]
fn calling_an_outlet_a_mouthpiece_accuses_it() {
    check(
        "Rohan called Palantir News a mouthpiece of Mordor.",
        &["rohan against/ACCUSE palantir_news asserted"],
    );
}

#[test]
fn a_mediator_supports_each_party() {
    check(
        "Arnor and Gondor exchanged prisoners in a swap mediated by Rohan.",
        &[
            // (The exchange itself is the parties' cooperation.)
            "arnor support/COOPERATE gondor asserted",
            "gondor support/COOPERATE arnor asserted",
            "rohan support/CONSULT arnor asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
    check(
        "Arnor and Gondor agreed to restore ties in a Rohan-brokered deal.",
        &[
            "arnor support/AGREE gondor asserted",
            "gondor support/AGREE arnor asserted",
            "rohan support/CONSULT arnor asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_compound_participle_names_its_agent() {
    check(
        "The Mordor-backed Isengard Council attacked Rohan.",
        &[
            "isengard_council against/ASSAULT rohan asserted",
            "mordor support/SUPPORT isengard_council asserted",
        ],
    );
}

#[test]
fn an_act_under_an_accusation_is_the_accusers_claim() {
    check(
        "Arnor accused Gondor of attacking Rohan.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/ASSAULT rohan reported [arnor]",
        ],
    );
    check(
        "Gondor was accused by Arnor of attacking Rohan.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/ASSAULT rohan reported [arnor]",
        ],
    );
    check(
        "Gondor has been accused of attacking Rohan.",
        &["gondor against/ASSAULT rohan reported"],
    );
}

#[test]
fn titled_people_in_apposition_after_a_serial_comma() {
    check(
        "Arnor held talks with its Gondorian counterpart, Elrond Half, and the Rohirric envoy, Cirdan Ship.",
        &[
            "arnor support/CONSULT cirdan_ship asserted",
            "arnor support/CONSULT elrond_half asserted",
            "cirdan_ship support/CONSULT arnor asserted",
            "elrond_half support/CONSULT arnor asserted",
        ],
    );
}

#[test]
fn a_name_ending_in_ly_is_no_adverb() {
    // "Italy condemned …": the subject is not skipped as "strongly" would be.
    check(
        "Ithily condemned Mordor.",
        &["ithily against/ACCUSE mordor asserted"],
    );
    check(
        "Ithily strongly condemned Mordor.",
        &["ithily against/ACCUSE mordor asserted"],
    );
}

#[test]
fn titled_people_in_a_list_with_a_body_or_a_rank_in_the_title() {
    // A body's name opening a title ("Air Force commander") is no person of its own, and the
    // list goes on past it; a rank after an appositive's comma belongs to the person.
    check(
        "Gondor sanctioned Elrond Half, Air Force commander Bard Bow and his deputy, Lieutenant Colonel Cirdan Ship.",
        &[
            "gondor against/SANCTION bard_bow asserted",
            "gondor against/SANCTION cirdan_ship asserted",
            "gondor against/SANCTION elrond_half asserted",
        ],
    );
    check(
        "Gondor sanctioned Defence Minister Elrond Half, Air Force Chief of Staff Colonel Bard Bow and General Cirdan Ship.",
        &[
            "gondor against/SANCTION bard_bow asserted",
            "gondor against/SANCTION cirdan_ship asserted",
            "gondor against/SANCTION elrond_half asserted",
        ],
    );
}

#[test]
fn a_state_before_a_hyphenated_participle_is_a_mention() {
    check(
        "Rohan criticised the Gondor-led coalition.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    // But the backer is no object where the backed is named after it.
    check(
        "Gondor struck Rohan-backed Arnor on Monday.",
        &[
            "gondor against/ASSAULT arnor asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
    check(
        "Gondor struck Rohan-backed rebels on Monday.",
        &[
            "gondor against/ASSAULT rebels asserted",
            "rohan support/SUPPORT rebels asserted",
        ],
    );
}

#[test]
fn asking_for_help_past_an_acronym_in_brackets_is_an_appeal_not_an_act_against() {
    check(
        "Gondor called on the Free States League (FSL) to support its bid.",
        &["gondor support/CONSULT free_states asserted"],
    );
}

#[test]
fn a_listed_person_named_in_full_lends_their_surname_to_the_document() {
    check(
        "Bard Bow visited Gondor. Later Bow condemned Mordor.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "bard_bow support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_family_name_written_first_names_its_bearer_alone() {
    // Discovered: "Zhao" is a family name written first (data/lexicon/family_names.tsv).
    check(
        "Gondorian Foreign Ministry spokesperson Zhao Mithril criticised Arnor. Zhao urged Rohan to withdraw.",
        &[
            "zhao_mithril against/ACCUSE arnor asserted",
            "zhao_mithril against/REQUEST rohan asserted",
        ],
    );
    // Listed: "Wang Ecthelion", then "Wang".
    check(
        "Wang condemned Mordor.",
        &["wang_ecthelion against/ACCUSE mordor asserted"],
    );
    // Two people of the document share it: "Kim" alone names neither.
    check(
        "Arnorian envoy Kim Beren criticised Gondor. Arnorian minister Kim Luthien praised Rohan. Kim condemned Mordor.",
        &[
            "kim_beren against/ACCUSE gondor asserted",
            "kim_luthien support/SUPPORT rohan asserted",
        ],
    );
}

#[test]
fn the_north_and_the_south_name_the_states_named_so_before() {
    check(
        "North Harad shelled South Harad. Rohan condemned the North's actions. The South thanked Rohan.",
        &[
            "north_harad against/ASSAULT south_harad asserted",
            "rohan against/ACCUSE north_harad asserted",
            "south_harad support/SUPPORT rohan asserted",
        ],
    );
    // No such state named before: no actor.
    check("Rohan condemned the North.", &[]);
}

#[test]
fn a_listed_surname_before_another_name_word_is_someone_elses_first_name() {
    check(
        "Hurin Gamling Stone condemned Mordor.",
        &["hurin_gamling_stone against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_relative_clause_between_subject_and_verb_is_skipped() {
    check(
        "Rohan's Riders Council, which guards the plains, condemned Mordor.",
        &["rohan_riders_council against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_conjunct_predicate_after_a_non_cue_verb_takes_the_only_subject() {
    check(
        "The Gondorian Guard called the raid a crime and urged Mordor to withdraw.",
        &["gondor_guard against/REQUEST mordor asserted"],
    );
}

#[test]
fn a_capitalised_body_owned_by_a_state_belongs_to_it() {
    let text = "Rohan's Unity Ministry condemned Mordor.";
    check(
        text,
        &["rohan_unity_ministry against/ACCUSE mordor asserted"],
    );
    assert_top(text, "rohan_unity_ministry", "rohan");
}

#[test]
fn an_unaffiliated_person_belongs_to_the_documents_home_state() {
    // The dateline's state first.
    assert_top(
        "Edoras (AFP) - Elrond Half criticised Mordor. Mordor rejected Gondor's claims.",
        "elrond_half",
        "rohan",
    );
    // Else the state the document names most.
    assert_top(
        "Mordor praised Rohan. Mordor attacked Gondor. Mordor condemned Arnor. Elrond Half \
         criticised Mordor.",
        "elrond_half",
        "mordor",
    );
    // In a dispute between two states named about as often, someone acting against one of
    // them is taken for the other's.
    assert_top(
        "Mordor attacked Gondor. Gondor condemned Mordor. Elrond Half criticised Mordor.",
        "elrond_half",
        "gondor",
    );
}

#[test]
fn an_unowned_body_belongs_to_the_state_the_document_names_most() {
    assert_top(
        "Mordor praised Rohan. Mordor and Rohan condemned Gondor. The Supreme Court of Mordor met. The Supreme Court criticised Gondor.",
        "supreme_court",
        "mordor",
    );
}

#[test]
fn a_body_naming_a_titled_persons_office_yields_the_person() {
    check(
        "Rohan criticised Isengard Council chairman Saruman White.",
        &["rohan against/ACCUSE saruman_white asserted"],
    );
    check(
        "Rohan criticised Gondor's King Elessar Telcontar.",
        &["rohan against/ACCUSE elessar_telcontar asserted"],
    );
}

#[test]
fn a_person_voicing_their_own_states_act_is_its_source() {
    check(
        "Faramir Hurin reaffirmed Gondor's support for Rohan.",
        &["faramir_hurin support/SUPPORT rohan asserted"],
    );
    // Another state's act stays that state's.
    check(
        "Faramir Hurin welcomed Rohan's support for Arnor.",
        &[
            "faramir_hurin support/SUPPORT rohan asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
}

#[test]
fn a_persons_own_arrest_is_done_to_them() {
    check(
        "Faramir Hurin's arrest by Mordorian police angered Gondor.",
        &["mordor_police against/COERCE faramir_hurin asserted"],
    );
    // A state's possessive is still the agent.
    check(
        "Mordor's arrest of Faramir Hurin angered Gondor.",
        &["mordor against/COERCE faramir_hurin asserted"],
    );
}

#[test]
fn parties_signing_an_agreement_act_towards_each_other() {
    check(
        "Arnor and Gondor signed an accord.",
        &[
            "arnor support/AGREE gondor asserted",
            "gondor support/AGREE arnor asserted",
        ],
    );
    check(
        "Rohan reached an agreement with Gondor.",
        &["rohan support/AGREE gondor asserted"],
    );
    check(
        "Arnor filed a complaint against Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
}

#[test]
fn phrasal_verbs_of_criticism_and_rupture() {
    check(
        "Arnor hit out at Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan broke off relations with Mordor.",
        &["rohan against/SANCTION mordor asserted"],
    );
    check(
        "Gondor turned down Mordor's offer.",
        &["gondor against/REJECT mordor asserted"],
    );
}

#[test]
fn a_states_weapons_name_its_armed_forces() {
    check(
        "Mordorian warplanes struck several villages in Gondor.",
        &["mordor_warplanes against/ASSAULT gondor asserted"],
    );
}

#[test]
fn a_verbal_act_on_an_event_is_aimed_at_its_agent() {
    check(
        "Gondor regretted the arrest of Rohirric traders in Barad-dur.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/COERCE rohan_traders asserted",
        ],
    );
}

#[test]
fn a_demand_that_someone_act_targets_them() {
    check(
        "Elessar Telcontar demanded that Mordor punish those responsible.",
        &["elessar_telcontar against/REQUEST mordor asserted"],
    );
}

#[test]
fn a_sanction_on_acts_organised_by_someone_targets_them() {
    check(
        "Rohan suspended all festivals organised by Mordorian institutions.",
        &["rohan against/SANCTION mordor asserted"],
    );
}

#[test]
fn a_place_right_after_an_attack_verb_is_not_its_target() {
    check("The number of Arnorian films shot in the Gondor rose.", &[]);
    check(
        "Arnorian drones struck villages in Gondor.",
        &["arnor_drones against/ASSAULT gondor asserted"],
    );
}

#[test]
fn parties_trading_accusations_act_on_each_other() {
    check(
        "Arnor and Gondor have traded accusations over the raids.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/ACCUSE arnor asserted",
        ],
    );
}

#[test]
fn saying_that_someone_acted_against_another_is_a_speech_act_against_them() {
    check(
        "Arnor said that Gondor had attacked Rohan.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/ASSAULT rohan reported [arnor]",
        ],
    );
    // Not when the speaker speaks for the actor's own side.
    check(
        "Gondor's foreign ministry said Gondorian troops had attacked Mordor.",
        &["gondor_troops against/ASSAULT mordor reported [gondor_foreign_ministry]"],
    );
    // Nor for a supportive act.
    check(
        "Arnor said that Gondor had helped Rohan.",
        &["gondor support/AID rohan reported [arnor]"],
    );
}

#[test]
fn a_titled_conjunct_keeps_the_coordination() {
    check(
        "Elessar Telcontar and Gondorian Captain Faramir Hurin condemned Mordor.",
        &[
            "elessar_telcontar against/ACCUSE mordor asserted",
            "faramir_hurin against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_verbal_act_after_a_reported_clause_joins_the_reporting_verb() {
    // "accused" has no auxiliary, like "said": it is Elessar's act, not the soldiers'.
    check(
        "Elessar Telcontar said ten Mordor soldiers had been killed and accused Rohan of lying.",
        &["elessar_telcontar against/ACCUSE rohan asserted"],
    );
    check(
        "Bard Bow said Rohan had never threatened Gondor, but warned Arnor against provocations.",
        &[
            "bard_bow against/THREATEN arnor asserted",
            "rohan against/THREATEN gondor negated",
        ],
    );
    // A material act keeps the reported clause's subject.
    check(
        "Bard Bow said Mordor had attacked Rohan and killed ten soldiers.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan reported [bard_bow]",
        ],
    );
    // A name's words are no reporting verb: the "States" of "the United States".
    check(
        "Faramir Hurin said the Free States League was watching the border and urged Mordor to withdraw.",
        &["faramir_hurin against/REQUEST mordor asserted"],
    );
}

#[test]
fn an_object_relative_clause_acts_on_its_antecedent() {
    check(
        "Rohan backed the Isengard Council, which Arnor condemned.",
        &[
            "arnor against/ACCUSE isengard_council asserted",
            "rohan support/SUPPORT isengard_council asserted",
        ],
    );
    // A summary noun refers to the main clause's actor.
    check(
        "Gondor closed its border, a step Arnor condemned.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Gondor said it would rebuild the fort, a proposal Mordor rejects.",
        &["mordor against/REJECT gondor asserted"],
    );
    // The antecedent of "which" is no participant inside a prepositional phrase.
    check(
        "Rohan imposed sanctions on Mordor, which Arnor condemned.",
        &["rohan against/SANCTION mordor asserted"],
    );
}

#[test]
fn an_organisation_name_keeps_its_for_complement() {
    check(
        "Gondor condemned the Movement for the Self-Rule of Rhun.",
        &["gondor against/ACCUSE movement_for_the_self_rule_of_rhun asserted"],
    );
}

#[test]
fn a_sovereign_title_takes_a_single_name() {
    check(
        "Gondorian King Eldarion condemned Mordor.",
        &["king_eldarion against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_meeting_or_a_call_of_two_is_both_ways() {
    check(
        "Gondor held talks with Rohan on Monday.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
    check(
        "Elrond Half spoke by phone with Bard Bow.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
    // Not a meeting refused or only possible, nor one with a group, nor a visit.
    check(
        "Gondor refused to meet Rohan.",
        &[
            "gondor against/REJECT rohan asserted",
            "gondor support/CONSULT rohan negated",
        ],
    );
    check(
        "Gondor may hold talks with Rohan.",
        &["gondor support/CONSULT rohan hypothetical"],
    );
    check(
        "Gondor's envoy met protesters in Edoras.",
        &["gondor_envoy support/CONSULT rohan_protesters asserted"],
    );
    check(
        "Gondor's envoy visited Rohan.",
        &["gondor_envoy support/CONSULT rohan asserted"],
    );
}

#[test]
fn receiving_a_guest_is_a_meeting() {
    check(
        "Elessar Telcontar received Rohirric envoy Bard Bow in Minas Tirith.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    // Not receiving things from someone.
    check("Gondor received weapons from Rohan.", &[]);
}

#[test]
fn calling_off_events_involving_someone_sanctions_them() {
    check(
        "Rohan called off all festivals in the country involving the Gondorian state.",
        &["rohan against/SANCTION gondor asserted"],
    );
}

#[test]
fn phone_calls_are_consultations() {
    check(
        "Elessar Telcontar spoke by phone with Bard Bow.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "Elessar Telcontar held a telephone conversation with Bard Bow.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_repeated_preposition_keeps_the_coordination() {
    check(
        "Elessar Telcontar spoke with Bard Bow and with Saruman White.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
            "elessar_telcontar support/CONSULT saruman_white asserted",
            "saruman_white support/CONSULT elessar_telcontar asserted",
        ],
    );
}

#[test]
fn a_titled_appositive_with_a_demonym_joins_the_coordination() {
    check(
        "Bard Bow met his Isengard counterpart, Saruman White, and the Gondorian envoy, Faramir Hurin.",
        &[
            "bard_bow support/CONSULT faramir_hurin asserted",
            "bard_bow support/CONSULT saruman_white asserted",
            "faramir_hurin support/CONSULT bard_bow asserted",
            "saruman_white support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn praising_an_act_by_someone_supports_them() {
    check(
        "Rohan welcomed the decision by Gondor and Arnor to reopen the border.",
        &[
            "rohan support/SUPPORT arnor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn an_infinitive_of_purpose_is_the_main_subjects_act() {
    check(
        "Rohan summoned a senior Gondorian diplomat on Tuesday to protest the raids by Mordor.",
        &[
            "rohan against/ACCUSE mordor asserted",
            "rohan against/ACCUSE gondor_diplomat asserted",
        ],
    );
    // After a verb of asking the object acts.
    check(
        "Rohan urged Gondor to attack Mordor.",
        &[
            "gondor against/ASSAULT mordor hypothetical",
            "rohan against/REQUEST mordor asserted",
        ],
    );
    // A bare form after "to" is a verb, with its subject further away.
    check(
        "Gondor has taken steps to distance itself from Mordor.",
        &["gondor against/REJECT mordor asserted"],
    );
}

#[test]
fn being_unable_to_act_negates_the_act() {
    check(
        "Elessar Telcontar has been unable to visit Rohan.",
        &["elessar_telcontar support/CONSULT rohan negated"],
    );
}

#[test]
fn a_gerund_after_by_is_the_main_subjects_act() {
    check(
        "Mordor responds to its losses by targeting Gondor.",
        &["mordor against/COERCE gondor asserted"],
    );
}

#[test]
fn adopting_hostile_rhetoric_is_a_stance() {
    check(
        "The Free States League has adopted openly anti-Gondorian rhetoric.",
        &["free_states against/ACCUSE gondor asserted"],
    );
    check(
        "Mordor launched a campaign of hatred against Gondorian traders.",
        &["mordor against/ACCUSE gondor_traders asserted"],
    );
    // Slogans chanted or shouted are the chanters' stance.
    check(
        "Protesters chanted anti-Gondorian slogans outside the embassy.",
        &["protesters against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_role_word_before_a_name_is_a_title_not_a_verb() {
    check(
        "Gondorian TV host Anborn Tall lashed out at Mordor.",
        &["anborn_tall against/ACCUSE mordor asserted"],
    );
}

#[test]
fn the_receiver_of_an_act_is_its_target() {
    check(
        "Elessar Telcontar received a phone call from Bard Bow on Monday.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    // An -ing adjunct's receiver is the main clause's subject.
    check(
        "Mordor shelled Gondor, drawing condemnation from Rohan.",
        &[
            "mordor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    // A deed named again receives: its agent is the target.
    check(
        "Mordor expelled the Gondorian envoy. The move drew sharp criticism from Rohan.",
        &[
            "mordor against/SANCTION gondor_envoy asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_light_verb_takes_its_noun_directly() {
    // "regret" after "expressed" is a noun; the arrests are not Elessar's.
    check(
        "Elessar Telcontar expressed regret over the arrests of Gondorian traders in Edoras.",
        &[
            "elessar_telcontar against/ACCUSE rohan asserted",
            "rohan against/COERCE gondor_traders asserted",
        ],
    );
}

#[test]
fn a_possessive_owns_the_decision_to_act() {
    check(
        "Mordor will respond to Gondor's decision to expel a Mordor envoy.",
        &["gondor against/SANCTION mordor_envoy asserted"],
    );
    check(
        "Mordor condemned Gondor's decision to expel a Mordor envoy.",
        &[
            "gondor against/SANCTION mordor_envoy asserted",
            "mordor against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_note_of_protest_is_a_protest() {
    check(
        "Gondor handed a note of protest to Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor sent a letter of protest to Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    // The end of an act negates it.
    check(
        "Gondor announced the end of talks with Mordor.",
        &["gondor support/CONSULT mordor negated"],
    );
}

#[test]
fn calling_an_act_hostile_accuses_its_agent() {
    check(
        "Bard Bow described the raids as \"unfriendly steps\" by Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    // A quotation attributed after it, to a speaker named by a title.
    check(
        "Rohirric envoy Bard Bow met Gondorian officials. \"This is a provocation by Mordor,\" the envoy stressed.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "bard_bow support/CONSULT gondor_officials asserted",
            "gondor_officials support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_speaker_after_the_clause_is_no_apposition() {
    check(
        "Gondor expelled a Mordor envoy, Rohirric Foreign Ministry spokesman Bard Bow said.",
        &[
            "bard_bow against/ACCUSE gondor asserted",
            "gondor against/SANCTION mordor reported [bard_bow]",
        ],
    );
    // No speech act against the speaker's own side, once the speaker has the dateline's state.
    check(
        "MINAS TIRITH, May 2 (Reuters) - Gondor expelled a Mordor envoy, Captain Anborn Tall said.",
        &["gondor against/SANCTION mordor reported [anborn_tall]"],
    );
}

#[test]
fn an_adverb_may_stand_inside_a_phrasal_cue() {
    check(
        "Rohan said it was coordinating closely with its Gondorian ally.",
        &["rohan support/COOPERATE gondor reported [rohan]"],
    );
    check(
        "Rohan stood in solidarity with Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
}

#[test]
fn a_possessive_pronoun_opens_a_titled_conjunct() {
    check(
        "Elessar Telcontar and his Rohirric counterpart Bard Bow signed a contract.",
        &[
            "bard_bow support/AGREE elessar_telcontar asserted",
            "elessar_telcontar support/AGREE bard_bow asserted",
        ],
    );
}

#[test]
fn parties_holding_talks_consult_each_other() {
    check(
        "Gondor and Rohan held talks in Edoras.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_hostile_policy_towards_someone_is_a_stance() {
    check(
        "\"This shows Mordor's hostile policy towards Gondor,\" the Gondor Foreign Ministry's spokesman Faramir Hurin said.",
        &[
            "faramir_hurin against/ACCUSE mordor asserted",
            "mordor against/ACCUSE gondor reported [faramir_hurin]",
        ],
    );
}

#[test]
fn arming_and_interfering_are_acts() {
    check(
        "Mordor has been arming Rohan.",
        &["mordor support/AID rohan asserted"],
    );
    check(
        "Mordor keeps interfering in the internal affairs of Gondor.",
        &["mordor against/COERCE gondor asserted"],
    );
    // A bare form after a preposition is a noun: the embargo is on arms, not "arms" as a verb.
    check(
        "The Gondorian embargo on arms exports to Mordor stays.",
        &["gondor against/SANCTION mordor asserted"],
    );
}

#[test]
fn an_envoy_summoned_to_a_ministry_is_summoned_by_it() {
    check(
        "The Mordor ambassador was summoned to the Gondor Foreign Ministry on Monday.",
        &["gondor_foreign_ministry against/ACCUSE mordor_ambassador asserted"],
    );
}

#[test]
fn a_states_senate_is_its_body() {
    check(
        "The Gondorian Senate condemned Mordor.",
        &["gondor_senate against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_light_verb_with_two_objects_acts_on_the_first() {
    check(
        "Gondor declared a Mordor envoy persona non grata.",
        &["gondor against/SANCTION mordor_envoy asserted"],
    );
    check(
        "Gondor handed Mordor a note of protest.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    // A demonym right before the noun is still its agent.
    check("Gondor launched a wave of Mordor raids.", &[]);
}

#[test]
fn an_article_opens_the_last_conjunct() {
    check(
        "Rohan and the Free States League condemned Mordor.",
        &[
            "free_states against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_noun_phrase_in_apposition_is_skipped_to_its_subject() {
    check(
        "Rohan, Gondor's closest ally, has backed Minas Tirith throughout the crisis.",
        &[
            "rohan support/AGREE gondor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_cancelled_visit_did_not_happen_and_its_host_called_it_off() {
    check(
        "The expected visit of Elessar Telcontar to Rohan this month has been cancelled.",
        &[
            "elessar_telcontar support/CONSULT rohan negated",
            "rohan against/SANCTION elessar_telcontar asserted",
        ],
    );
    // A named agent keeps the act.
    check(
        "Rohan cancelled the visit of Elessar Telcontar.",
        &["rohan against/SANCTION elessar_telcontar asserted"],
    );
    check(
        "The cancellation of Bard Bow's visit to Gondor angered Rohan.",
        &[
            "bard_bow support/CONSULT gondor negated",
            "gondor against/SANCTION bard_bow asserted",
        ],
    );
}

#[test]
fn an_appositive_name_in_a_nominal_event_keeps_the_rest() {
    check(
        "Rohan resented the visit of Gondor's captain, Faramir Hurin, to Mordor.",
        &["faramir_hurin support/CONSULT mordor asserted"],
    );
}

#[test]
fn a_dash_parenthesis_is_skipped_to_its_subject() {
    check(
        "The Mordor Herald – notably its editor Saruman White – has attacked Gondor.",
        &["mordor_herald against/ASSAULT gondor asserted"],
    );
}

#[test]
fn an_adverb_may_stand_before_the_accused_act() {
    check(
        "Gondor accused Mordor of deliberately attacking Rohan.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan reported [gondor]",
        ],
    );
}

#[test]
fn we_in_a_quotation_is_its_speaker() {
    check(
        "\"We fully support Gondor,\" Rohirric envoy Bard Bow said.",
        &["bard_bow support/SUPPORT gondor reported [bard_bow]"],
    );
}

#[test]
fn a_summary_refers_to_the_clause_right_before_it() {
    check(
        "Rohan protested after Mordor expelled Arnorian traders, a decision that Gondorian Captain Faramir Hurin denounced.",
        &[
            "faramir_hurin against/ACCUSE mordor asserted",
            "mordor against/SANCTION arnor_traders asserted",
        ],
    );
}

#[test]
fn servicemen_of_a_state_are_its_body() {
    check(
        "Gondorian border guards opened fire on Rohirric servicemen.",
        &["gondor_border_guards against/ASSAULT rohan_servicemen asserted"],
    );
}

#[test]
fn a_conjunct_in_a_subordinate_clause_takes_its_subject() {
    check(
        "Gondor said it would respond after Mordor jets crossed the river and bombed Rohan.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan reported [gondor]",
        ],
    );
}

#[test]
fn the_speaker_of_a_description_is_no_object() {
    check(
        "Mordor bombed what Gondor described as a camp of Rohirric traders.",
        &["mordor against/ASSAULT rohan_traders asserted"],
    );
}

#[test]
fn a_bare_state_name_owns_a_capitalised_body() {
    check(
        "The Gondor Embassy condemned Mordor.",
        &["gondor_embassy against/ACCUSE mordor asserted"],
    );
}

#[test]
fn the_government_with_no_state_named_is_the_home_states() {
    check(
        "Minas Tirith, May 2 (Reuters) - The government condemned Mordor.",
        &["gondor_government against/ACCUSE mordor asserted"],
    );
    assert_top(
        "Minas Tirith, May 2 (Reuters) - The government condemned Mordor.",
        "gondor_government",
        "gondor",
    );
}

#[test]
fn the_authorities_accused_of_a_gerund_are_the_home_states() {
    // "of" before a gerund is what they are accused of, not their state ("the authorities of
    // Gondor").
    check(
        "Minas Tirith, May 2 (Reuters) - Elfhelm Bold accused the authorities of rigging the vote.",
        &["elfhelm_bold against/ACCUSE gondor_authorities asserted"],
    );
    assert_top(
        "Minas Tirith, May 2 (Reuters) - Elfhelm Bold accused the authorities of rigging the vote.",
        "gondor_authorities",
        "gondor",
    );
}

#[test]
fn characterised_and_portrayed_judge_their_object() {
    check(
        "Rohan characterised the move by Mordor as unacceptable.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan portrayed Mordor as the main aggressor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_ministry_named_in_title_case_with_no_state() {
    check(
        "Minas Tirith, May 2 (Reuters) - The Foreign Ministry condemned Mordor.",
        &["foreign_ministry against/ACCUSE mordor asserted"],
    );
    assert_top(
        "Minas Tirith, May 2 (Reuters) - The Foreign Ministry condemned Mordor.",
        "foreign_ministry",
        "gondor",
    );
    // Not the ministry named before with another modifier.
    check(
        "Gondor's Foreign Ministry summoned the Mordorian envoy. The Defence Ministry condemned Mordor.",
        &[
            "defence_ministry against/ACCUSE mordor asserted",
            "gondor_foreign_ministry against/ACCUSE mordor_envoy asserted",
        ],
    );
}

#[test]
fn a_demand_rejected_is_the_last_askers() {
    check(
        "Mordor demanded that Gondor hand over the fugitives. Gondor rejected the demand as blackmail.",
        &[
            "gondor against/REJECT mordor asserted",
            "mordor against/REQUEST gondor asserted",
        ],
    );
    check(
        "Mordor urged Gondor to withdraw. Gondor rejected the appeal.",
        &[
            "gondor against/REJECT mordor asserted",
            "mordor against/REQUEST gondor asserted",
        ],
    );
}

#[test]
fn blaming_something_on_someone_is_against_them() {
    check(
        "Rohan blamed the violence on Gondor.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    check(
        "A Rohirric boat was sunk, an incident that Arnor blamed on Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    // Not in the passive with no agent; not past what is blamed when it names someone.
    check("The attack was blamed on Gondor.", &[]);
    check(
        "Rohan blamed Mordor for the attack on Gondor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_passive_detention_announced_by_a_security_body_is_its_act() {
    check(
        "Three Rohirric sailors were detained, Gondor's Security Service said.",
        &["gondor_security_service against/COERCE rohan_sailors reported [gondor_security_service]"],
    );
    check(
        "Gondor's Security Service said the Rohirric envoy had been released.",
        &["gondor_security_service support/CONCEDE rohan_envoy reported [gondor_security_service]"],
    );
    // Not a state, nor a body that enforces nothing: who detained them is not said.
    check("Rohan said three Rohirric sailors were detained.", &[]);
}

#[test]
fn a_news_site_named_by_its_domain_is_an_outlet() {
    check(
        "Gondorian investigators raided Ithil.go on Tuesday.",
        &["gondor_investigators against/COERCE ithil_go asserted"],
    );
    // "the portal" and "the site" later stand for it.
    check(
        "Gondorian investigators raided Ithil.go, while Rohan blocked access to the portal.",
        &[
            "gondor_investigators against/COERCE ithil_go asserted",
            "rohan against/SANCTION ithil_go asserted",
        ],
    );
    // Not an abbreviation in capitals.
    check("The U.S condemned Mordor.", &[]);
}

#[test]
fn an_act_named_after_what_he_called_keeps_its_by_agent() {
    check(
        "Elessar Telcontar condemned what he called \"another attack on free press\" by the Mordorian authorities.",
        &["elessar_telcontar against/ACCUSE mordor_authorities asserted"],
    );
}

#[test]
fn will_continue_is_no_hypothesis() {
    check(
        "Rohan will continue to support Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan will support Gondor.",
        &["rohan support/SUPPORT gondor hypothetical"],
    );
}

#[test]
fn an_outlets_reporter_named_is_the_person() {
    // "reporter" is a title; "Journal" heads an outlet's name.
    check(
        "Mordor detained an Evening Star Journal reporter, Beren Erchamion, on Thursday.",
        &["mordor against/COERCE beren_erchamion asserted"],
    );
    check(
        "Mordor criticised the Evening Star Journal.",
        &["mordor against/ACCUSE evening_star_journal asserted"],
    );
}

#[test]
fn demanding_someones_release_is_no_act_against_them() {
    check("Rohan demanded Beren Erchamion's immediate release.", &[]);
    check(
        "Rohan demanded Mordor's apology.",
        &["rohan against/REQUEST mordor asserted"],
    );
}

#[test]
fn a_delegation_led_by_someone_stands_for_its_head() {
    check(
        "The delegation, led by Deputy Foreign Minister Beren Erchamion, met with Rohirric officials.",
        &[
            "beren_erchamion support/CONSULT rohan_officials asserted",
            "rohan_officials support/CONSULT beren_erchamion asserted",
        ],
    );
}

#[test]
fn ties_built_by_two_named_together_are_mutual() {
    check(
        "Rohan and Gondor have built close political and economic ties.",
        &[
            "gondor support/COOPERATE rohan asserted",
            "rohan support/COOPERATE gondor asserted",
        ],
    );
    // Not without a verb that builds them (discussing them is consulting each other).
    check(
        "Rohan and Gondor discussed their ties.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn declared_persona_non_grata_past_a_long_object() {
    check(
        "Mordor declares Rohirric consul in Minas Tirith persona non grata.",
        &["mordor against/SANCTION rohan_consul asserted"],
    );
    check(
        "Mordor declared a senior diplomat of the Rohirric Embassy in Gondor persona non grata.",
        &["mordor against/SANCTION rohan_embassy asserted"],
    );
}

#[test]
fn a_long_title_with_the_posts_place_belongs_to_the_sending_state() {
    assert_top(
        "Mordor detained Consul of the Consulate General of Rohan in Minas Tirith Beren Erchamion.",
        "beren_erchamion",
        "rohan",
    );
}

#[test]
fn receiving_a_thing_is_no_hosting() {
    check("Rohan and Arnor receive Gondorian oil.", &[]);
    check(
        "Elessar Telcontar received the Rohirric foreign minister.",
        &[
            "elessar_telcontar support/CONSULT rohan_foreign_minister asserted",
            "rohan_foreign_minister support/CONSULT elessar_telcontar asserted",
        ],
    );
}

#[test]
fn accused_of_trying_to_act_is_the_accuseds_act() {
    check(
        "Rohan accused Mordor of trying to force Gondor to sell its ports.",
        &[
            "mordor against/COERCE gondor reported [rohan]",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_gerund_of_means_after_a_copula_is_its_subjects_act() {
    check(
        "Mordor warned that Gondor and its Arnorian allies are effectively a party to the war by supplying Rohan with weapons.",
        &[
            "arnor support/AID rohan asserted",
            "gondor support/AID rohan asserted",
            "mordor against/THREATEN arnor asserted",
            "mordor against/THREATEN gondor asserted",
        ],
    );
}

#[test]
fn a_demonyms_act_past_a_place_phrase_is_judged() {
    check(
        "Elessar Telcontar said Mordorian reconnaissance flights off Tolfalas were provocative.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_judgement_told_under_according_to_is_the_tellers() {
    check(
        "According to the Gondorian ministry, Elessar Telcontar told Bard Bow that Mordor was reckless.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_name_in_apposition_to_an_outlets_noun_is_an_outlet() {
    assert_top(
        "Mordor raided Ithilgram, an independent outlet.",
        "ithilgram",
        "ithilgram",
    );
    assert_top(
        "Mordor raided Morning Star, an investigative outlet known for probing officials.",
        "morning_star",
        "morning_star",
    );
    // Not a person's post.
    assert_top(
        "Mordor detained Elfhelm Bold, a newspaper editor.",
        "elfhelm_bold",
        "mordor",
    );
}

#[test]
fn putting_off_a_cooperative_act_is_against_its_partner() {
    check(
        "Mordor postponed sending an ambassador to Gondor.",
        &[
            "mordor against/SANCTION gondor asserted",
            "mordor support/CONSULT gondor negated",
        ],
    );
    check(
        "Mordor delayed the visit to Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check("Mordor delayed the vote.", &[]);
}

#[test]
fn a_name_modifying_an_acts_noun_after_by_is_no_agent() {
    check(
        "Beren Erchamion, whose arrival was delayed by Gondor peace talks, spoke.",
        &[],
    );
    check(
        "Beren Erchamion was detained by Gondor's security officers.",
        &["gondor_security_officers against/COERCE beren_erchamion asserted"],
    );
}

#[test]
fn a_refusal_noun_acts_as_the_verb_does() {
    check(
        "Relations were strained by Gondor's refusal to extradite Mordorian tycoon Bard Bow.",
        &["gondor against/COERCE bard_bow negated"],
    );
    check(
        "Mordor's refusal to recognise Rohan angered Gondor.",
        &[
            "mordor against/REJECT rohan asserted",
            "mordor support/SUPPORT rohan negated",
        ],
    );
}

#[test]
fn a_bodys_name_with_a_two_word_conjunct_and_its_short_name_in_brackets() {
    check(
        "The Federal Service for Veterinary and Phytosanitary Surveillance (Vetnadzor) banned Rohirric meat. Vetnadzor later banned Arnorian wine.",
        &[
            "federal_service_for_veterinary_and_phytosanitary_surveillance against/SANCTION arnor asserted",
            "federal_service_for_veterinary_and_phytosanitary_surveillance against/SANCTION rohan asserted",
        ],
    );
}

#[test]
fn an_acronym_after_or_names_the_body() {
    check(
        "Officers of the Committee for National Security, or CNS, detained Beren Erchamion. The CNS later detained Bard Bow.",
        &[
            "committee_for_national_security against/COERCE bard_bow asserted",
            "committee_for_national_security against/COERCE beren_erchamion asserted",
        ],
    );
}

#[test]
fn writing_off_chiding_and_rounding_on() {
    check(
        "Elessar Telcontar wrote off Bard Bow.",
        &["elessar_telcontar against/REJECT bard_bow asserted"],
    );
    check(
        "Rohan chided Gondor.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan rounded on Gondor.",
        &["rohan against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_demonym_after_a_title_before_a_name_is_a_given_name() {
    check(
        "Gondorian Trade Minister Rohirric Bard criticised Mordor.",
        &["rohirric_bard against/ACCUSE mordor asserted"],
    );
    assert_top(
        "Gondorian Trade Minister Rohirric Bard criticised Mordor.",
        "rohirric_bard",
        "gondor",
    );
}

#[test]
fn no_allegation_against_an_agent_in_the_object_of_another_verb() {
    // The speaker alleges the work broke the sanctions, nothing against the Council.
    check(
        "Rohan claims that the work violates White Council sanctions imposed on Bard Bow.",
        &["white_council against/SANCTION bard_bow reported [rohan]"],
    );
    // Still against the clause's own agent.
    check(
        "Rohan said Mordor attacked Gondor.",
        &[
            "mordor against/ASSAULT gondor reported [rohan]",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_dateline_in_capitals_gives_the_home_state() {
    assert_top(
        "MINAS TIRITH, May 2 (Reuters) - Captain Anborn Tall criticised Mordor.",
        "anborn_tall",
        "gondor",
    );
    assert_top(
        "MINAS TIRITH, May 2 (Reuters) - The government condemned Mordor.",
        "gondor_government",
        "gondor",
    );
    // A colon after a name in capitals, past a headline, a byline and a date line; Rohan,
    // named most, is no home.
    check(
        "Gondor recalls envoy\n\nBy Bard Bow\n\nPublished May 2, 2024\n\nMINAS TIRITH: Rohan shelled the border on Monday. The caretaker government recalled its envoy from Rohan.",
        &["gondor_caretaker_government against/SANCTION rohan asserted"],
    );
    // Not a colon after a name written in lower case, nor past the third sentence.
    check(
        "Rohan and Mordor clash\n\nBy Bard Bow\n\nPublished May 2, 2024\n\nMinas Tirith: Rohan shelled the border. Rohan's army and the government criticised Mordor.",
        &[
            "mordor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT mordor asserted",
            "rohan_army against/ACCUSE mordor asserted",
            "rohan_government against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn the_government_past_a_modifier_that_names_no_state_is_the_home_states() {
    check(
        "MINAS TIRITH, May 2 (Reuters) - The interim government expelled Rohan's ambassador.",
        &["gondor_interim_government against/SANCTION rohan_ambassador asserted"],
    );
    check(
        "The junta in Gondor expelled Rohan's ambassador. The junta also accused Mordor of meddling.",
        &[
            "gondor_junta against/ACCUSE mordor asserted",
            "gondor_junta against/SANCTION rohan_ambassador asserted",
        ],
    );
}

#[test]
fn neither_nor_negates_each_party() {
    check(
        "Neither Rohan nor Gondor condemned Mordor.",
        &[
            "gondor against/ACCUSE mordor negated",
            "rohan against/ACCUSE mordor negated",
        ],
    );
}

#[test]
fn a_definite_event_noun_stands_for_the_agent_of_the_last_such_event() {
    check(
        "Mordor shelled Gondor on Monday. Rohan condemned the attack.",
        &[
            "mordor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Mordor executed Faramir Hurin. The execution was condemned by Arnor and Rohan.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT faramir_hurin asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    // The noun names a party of its own: no stand-in (and condemning an attack on Arnor is
    // not against Arnor: see condemning_a_deed_is_against_its_agent_not_its_victim).
    check(
        "Mordor shelled Gondor. Rohan condemned the attack on Arnor.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    // No earlier event of that kind: nothing.
    check("Rohan condemned the attack.", &[]);
}

#[test]
fn an_event_noun_stands_for_an_act_on_no_one_named_and_for_its_verb() {
    // The act's object is no actor: its agent is still remembered, also as the first event.
    check(
        "Mordor launched an attack. Rohan condemned the attack.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    // The noun of the verb's act: "expelled" … "the expulsions", "detained" … "the detention".
    check(
        "Mordor expelled ten aid groups. Rohan condemned the expulsions.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Mordor detained three fishermen. Gondor called the detention unacceptable.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn joint_drills_are_cooperation() {
    check(
        "Arnor held joint drills with Rohan.",
        &["arnor support/COOPERATE rohan asserted"],
    );
}

#[test]
fn a_capitalised_title_before_a_reporting_verb_is_its_holder() {
    check(
        "Patriarch Olorin met Bard Bow. The Patriarch said Mordor had attacked Gondor.",
        &[
            "bard_bow support/CONSULT patriarch_olorin asserted",
            "mordor against/ASSAULT gondor reported [patriarch_olorin]",
            "patriarch_olorin against/ACCUSE mordor asserted",
            "patriarch_olorin support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn he_opening_a_sentence_is_the_first_person_of_the_sentence_before() {
    check(
        "Bard Bow described the rule of Saruman White as harsh. He also condemned Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_bare_plural_summary_noun_opens_an_apposition() {
    check(
        "Bard Bow accused Mordor of plotting a coup, claims that Mordor firmly rejected.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/REJECT bard_bow asserted",
        ],
    );
}

#[test]
fn listing_as_terrorist_and_neutralising() {
    check(
        "The Isengard Council is listed as a terrorist organisation by Gondor.",
        &["gondor against/SANCTION isengard_council asserted"],
    );
    check(
        "Rohirric forces neutralised the Isengard Council.",
        &["rohan_forces against/ASSAULT isengard_council asserted"],
    );
}

#[test]
fn him_is_someone_other_than_the_clauses_subject() {
    check(
        "Bard Bow met Faramir Hurin. Later Saruman White accused him of lying.",
        &[
            "bard_bow support/CONSULT faramir_hurin asserted",
            "faramir_hurin support/CONSULT bard_bow asserted",
            "saruman_white against/ACCUSE faramir_hurin asserted",
        ],
    );
}

#[test]
fn a_charge_denied_is_the_accusers_act() {
    check(
        "Arnor blamed Gondor for sheltering Saruman White, a charge Gondor denies.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/REJECT arnor asserted",
            "gondor support/AID saruman_white reported [arnor]",
        ],
    );
    // An accuser who names no actor: nobody.
    check(
        "Some officials have accused the Gondorian Guard of shelling villages, charges Gondor denies.",
        &[],
    );
}

#[test]
fn the_invited_party_is_the_subject_of_the_invitation() {
    check(
        "Bard Bow invited Elessar Telcontar to visit Edoras.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT rohan hypothetical",
        ],
    );
}

#[test]
fn a_predicative_judgement_is_against_the_judged_actor() {
    check(
        "\"Mordor's decision is completely unacceptable,\" Bard Bow said.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Bard Bow said the treatment of the envoys by Mordor was \"unacceptable\".",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Bard Bow called the raids by Mordor absurd.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor closed the border, a step Rohan called \"extremely hostile\".",
        &["rohan against/ACCUSE gondor asserted"],
    );
    // Nobody named judges: no act. An adjective before its noun is no judgement.
    check("Mordor's decision was unacceptable.", &[]);
    check("Bard Bow called Mordor's reckless actions a problem.", &[]);
}

#[test]
fn a_phrasal_cue_takes_modifiers_of_its_noun() {
    check(
        "Rohan cut diplomatic ties with Mordor.",
        &["rohan against/SANCTION mordor asserted"],
    );
    check(
        "Rohan cut all diplomatic ties with Mordor.",
        &["rohan against/SANCTION mordor asserted"],
    );
}

#[test]
fn a_relative_clause_after_coordinated_antecedents_is_each_ones() {
    check(
        "The plan came under pressure from Gondor and Rohan, which have imposed sanctions on Mordor.",
        &[
            "gondor against/SANCTION mordor asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
    // Co-hosts do not host each other.
    check(
        "Gondor and Rohan, which hosted rounds of talks between the rivals, welcomed the deal.",
        &[],
    );
}

#[test]
fn an_alliance_participle_is_its_subjects_state() {
    check(
        "Mordor is allied with Rohan.",
        &["mordor support/AGREE rohan asserted"],
    );
    check(
        "The Isengard Council, a group allied with Mordor, condemned Gondor.",
        &[
            "isengard_council against/ACCUSE gondor asserted",
            "isengard_council support/AGREE mordor asserted",
        ],
    );
}

#[test]
fn a_phrasal_light_verb_after_an_appositive_with_a_reduced_relative() {
    check(
        "The Isengard Council, a group allied with Mordor, has stepped up attacks on Gondor.",
        &[
            "isengard_council against/ASSAULT gondor asserted",
            "isengard_council support/AGREE mordor asserted",
        ],
    );
}

#[test]
fn listed_members_act_for_an_unnamed_group() {
    check(
        "Several governments, including Gondor and Rohan, issued a statement backing Arnor.",
        &[
            "gondor support/SUPPORT arnor asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
}

#[test]
fn a_light_verb_conjunct_takes_the_first_light_verbs_subject() {
    check(
        "Rohan has deepened its cooperation with Gondor, its close ally, and intensified contacts with Arnor.",
        &[
            "rohan support/CONSULT arnor asserted",
            "rohan support/COOPERATE gondor asserted",
        ],
    );
}

#[test]
fn a_judgement_after_as_or_in_a_predicate_noun_phrase() {
    check(
        "Rohan described the move by Mordor as unacceptable.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan described the move by Mordor as an unacceptable step.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor's Foreign Ministry said Mordorian aircraft had crossed the border, calling the incursion by Mordor a \"dangerous and unjustified escalation\".",
        &["gondor_foreign_ministry against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_participial_appositive_after_a_person_is_skipped() {
    check(
        "Gondorian envoy Beren Erchamion, nominated as the next head of the Free States League mission, accused Mordor of lying.",
        &["beren_erchamion against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_hostile_noun_judging_a_phrase() {
    check(
        "The Rohirric Foreign Ministry expelled the envoy, calling Gondor's criticism \"blatant interference\" in its affairs.",
        &["rohan_mfa against/COERCE gondor asserted"],
    );
}

#[test]
fn a_praising_epithet_is_support() {
    check(
        "Elrond Half called Gondor a close friend.",
        &["elrond_half support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan described Gondor as a strategic partner.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    // Not outside a judging frame.
    check(
        "Elrond Half, a friend of Bard Bow, criticised Mordor.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_epithet_judges_whom_it_names() {
    check(
        "Bard Bow called Elessar Telcontar a \"dictator\".",
        &["bard_bow against/ACCUSE elessar_telcontar asserted"],
    );
    check(
        "\"Mordor is the main aggressor,\" Bard Bow said.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    // Only in a judging frame: no act without one.
    check("The dictator of Mordor spoke.", &[]);
}

#[test]
fn refusing_a_cooperative_act_rejects_the_partner() {
    check(
        "Mordor refused to meet Gondor.",
        &[
            "mordor against/REJECT gondor asserted",
            "mordor support/CONSULT gondor negated",
        ],
    );
    check(
        "Rohan declined to recognise the Isengard Council.",
        &[
            "rohan against/REJECT isengard_council asserted",
            "rohan support/SUPPORT isengard_council negated",
        ],
    );
}

#[test]
fn the_decision_reacted_to_is_the_last_deeds_agent() {
    check(
        "Gondor cut ties with Mordor on Monday. Rohan welcomed the decision.",
        &[
            "gondor against/SANCTION mordor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
    // Not one's own side's deed.
    check(
        "Gondor cut ties with Mordor on Monday. The Gondorian Foreign Ministry regretted the decision.",
        &["gondor against/SANCTION mordor asserted"],
    );
}

#[test]
fn the_decision_is_the_courts_when_no_act_came_after_its_ruling() {
    check(
        "The Isengard Court of Justice ruled that Gondor had violated the treaty. Arnor accused Gondor of lying. Rohan welcomed the decision.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "isengard_court_of_justice against/ACCUSE gondor asserted",
            "rohan support/SUPPORT isengard_court_of_justice asserted",
        ],
    );
    // Only a noun of its ruling: the measures it ruled on are not the court's.
    check(
        "The Isengard Court of Justice ruled that the emergency measures broke the law. Elrond Half criticised the measures.",
        &[],
    );
}

#[test]
fn a_pronoun_judged_after_a_reaction_stands_for_the_deed() {
    check(
        "Gondor expelled two Arnorian diplomats. Rohan described it as a provocation.",
        &[
            "gondor against/SANCTION arnor_diplomats asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    // The deed named before it in the sentence.
    check(
        "Gondor shelled Arnorian villages. Elrond Half called the shelling cruel, and Rohan called them barbaric.",
        &[
            "elrond_half against/ACCUSE gondor asserted",
            "gondor against/ASSAULT arnor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    // Not an actor accused, nor "them" with no deed before it in the sentence.
    check(
        "Gondor shelled Arnor on Monday. Rohan accused it of lying.",
        &["gondor against/ASSAULT arnor asserted"],
    );
    check(
        "Gondor expelled two Arnorian diplomats. Rohan called them spies.",
        &["gondor against/SANCTION arnor_diplomats asserted"],
    );
}

#[test]
fn a_deed_noun_reacted_to_stands_for_the_agent_of_its_verb() {
    check(
        "Gondorian police raided the offices of the Ithil newspaper on Monday. Rohan condemned the raid.",
        &[
            "gondor_police against/COERCE ithil asserted",
            "rohan against/ACCUSE gondor_police asserted",
        ],
    );
    // Also a passive's agent, and past a modifier of the noun.
    check(
        "Balloons were launched by Mordor last week. Elrond Half called the balloon launches a provocation.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
    // Also judged with an adjective or a quoted noun after it.
    check(
        "Gondorian police searched the offices of the Ithil newspaper on Monday. Rohan called the searches \"a witch hunt\".",
        &[
            "gondor_police against/COERCE ithil asserted",
            "rohan against/ACCUSE gondor_police asserted",
        ],
    );
    check(
        "Gondorian police searched the offices of the Ithil newspaper on Monday. Rohan called the searches unacceptable.",
        &[
            "gondor_police against/COERCE ithil asserted",
            "rohan against/ACCUSE gondor_police asserted",
        ],
    );
    // Not a verb denied or planned, nor what was proposed.
    check(
        "Gondor never raided the offices, officials said. Rohan condemned the raid.",
        &[],
    );
    check(
        "Mordor proposed a truce last week. Rohan rejected the proposal.",
        &[],
    );
}

#[test]
fn the_bloc_is_the_last_organisation_named_as_a_bloc_of_states() {
    check(
        "The Free States League imposed sanctions on Mordor. Mordor accused the bloc of meddling.",
        &[
            "free_states against/SANCTION mordor asserted",
            "mordor against/ACCUSE free_states asserted",
        ],
    );
    // Not a body whose names make it no bloc.
    check(
        "The White Council imposed sanctions on Mordor. Mordor accused the bloc of meddling.",
        &["white_council against/SANCTION mordor asserted"],
    );
}

#[test]
fn after_a_phrase_with_no_verb_the_second_conjunct_keeps_the_first_ones_subject() {
    check(
        "Arnor applied for membership after the invasion of Rohan and held talks with Gondor in June.",
        &[
            "arnor support/CONSULT gondor asserted",
            "gondor support/CONSULT arnor asserted",
        ],
    );
    // A clause after it has its own subject.
    check(
        "Rohan protested after Gondorian jets crossed the border and bombed Arnor.",
        &["gondor_jets against/ASSAULT arnor asserted"],
    );
}

#[test]
fn a_conjunct_set_off_by_a_comma_after_a_time_clause_joins_the_main_clause() {
    check(
        "Arnor imposed a curfew after Gondorian police used tear gas on protesters, and accused \
         Rohan of plotting a coup.",
        &[
            "arnor against/ACCUSE rohan asserted",
            "gondor_police against/ASSAULT protesters asserted",
        ],
    );
    check(
        "Arnor closed the border when Gondor invaded Mordor, and condemned Rohan.",
        &[
            "arnor against/ACCUSE rohan asserted",
            "gondor against/ASSAULT mordor asserted",
        ],
    );
    // With no comma it joins the time clause.
    check(
        "Arnor closed the border when Gondor invaded Mordor and condemned Rohan.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "gondor against/ASSAULT mordor asserted",
        ],
    );
}

#[test]
fn an_act_judged_with_only_whom_it_hit_named_stands_for_its_agent() {
    check(
        "Mordor shelled Gondor on Monday. Rohan condemned the attack on Gondor.",
        &[
            "mordor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Gondor released two Arnorian sailors on Monday. Arnor welcomed the release of the sailors.",
        &[
            "arnor support/SUPPORT gondor asserted",
            "gondor support/CONCEDE arnor_sailors asserted",
        ],
    );
    // Also quoted, as a deed reacted to may be.
    check(
        "Mordor shelled Gondor on Monday. Rohan condemned \"the attack on Gondor\".",
        &[
            "mordor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    // Not the one it hit, nor an act asked for.
    check(
        "Gondor shelled Mordor on Monday. Rohan condemned the attack on Gondor.",
        &["gondor against/ASSAULT mordor asserted"],
    );
}

#[test]
fn a_quotation_opening_after_an_auxiliary_keeps_the_subject_before_it() {
    check(
        "The Gondorian Foreign Ministry said Mordor had \"seriously interfered in Gondor's internal affairs\" by sending envoys.",
        &[
            "gondor_foreign_ministry against/ACCUSE mordor asserted",
            "mordor against/COERCE gondor reported [gondor_foreign_ministry]",
        ],
    );
}

#[test]
fn a_deed_reacted_to_may_be_quoted_and_modified() {
    check(
        "Mordor shelled Gondor. Rohan condemned \"the vile attack\".",
        &[
            "mordor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Mordor expelled two Gondorian diplomats. Rohan regretted \"this completely unjustified decision\".",
        &[
            "mordor against/SANCTION gondor_diplomats asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    // A quoted act naming whom it hit is no object.
    check(
        "Rohan condemned \"the violation of Gondor's territory\".",
        &[],
    );
}

#[test]
fn an_act_judged_is_the_last_such_act_not_of_the_judges_side() {
    check(
        "Gondor seized a Mordorian tanker on Monday. Mordor seized a Gondorian tanker on Friday. The Mordorian Foreign Ministry condemned the seizures.",
        &[
            "gondor against/COERCE mordor asserted",
            "mordor against/COERCE gondor asserted",
            "mordor_foreign_ministry against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_listed_bodys_branch_named_after_it_is_a_body_of_its_own() {
    check(
        "The Arnor Rangers Navy seized two Mordorian tankers.",
        &["arnor_rangers_navy against/COERCE mordor asserted"],
    );
    // Not a committee with a remit.
    check(
        "The Gondorian Foreign Ministry Committee on Ethics criticised Mordor.",
        &["gondor_foreign_ministry against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_cooperative_act_put_on_hold_is_called_off() {
    check(
        "Gondor expelled a Mordorian diplomat and put its strategic partnership with Mordor on hold.",
        &[
            "gondor against/SANCTION mordor_diplomat asserted",
            "gondor support/COOPERATE mordor negated",
        ],
    );
}

#[test]
fn a_warning_of_a_clause_is_against_its_subject_not_ones_own_side() {
    check(
        "Elrond Half warned that Mordor would pay a heavy price.",
        &["elrond_half against/THREATEN mordor asserted"],
    );
    check("Gondor warned that Gondorian forces would respond.", &[]);
}

#[test]
fn a_person_named_with_their_body_after_of_is_the_subject() {
    check(
        "Elrond Half of the White Council has attacked Bard Bow.",
        &["elrond_half against/ASSAULT bard_bow asserted"],
    );
    check(
        "The deputy prime minister, Elrond Half of the White Council, has attacked Bard Bow.",
        &["elrond_half against/ASSAULT bard_bow asserted"],
    );
    // Also with a body that is no known actor.
    check(
        "The deputy prime minister, Elrond Half of the Green League, has attacked Bard Bow.",
        &["elrond_half against/ASSAULT bard_bow asserted"],
    );
}

#[test]
fn new_generic_nouns_name_a_states_group() {
    check(
        "Mordorian authorities barred Gondorian politicians from holding rallies.",
        &["mordor_authorities against/SANCTION gondor_politicians asserted"],
    );
}

#[test]
fn them_after_a_verb_is_the_plural_group_named_before_it() {
    check(
        "Gondor expelled two Mordorian diplomats, accusing them of spying.",
        &[
            "gondor against/ACCUSE mordor_diplomats asserted",
            "gondor against/SANCTION mordor_diplomats asserted",
        ],
    );
    // So the accusations rejected later are the accuser's.
    check(
        "Gondor expelled two Mordorian diplomats, accusing them of spying. Mordor dismissed the accusations as groundless.",
        &[
            "gondor against/ACCUSE mordor_diplomats asserted",
            "gondor against/SANCTION mordor_diplomats asserted",
            "mordor against/ACCUSE gondor asserted",
            "mordor against/REJECT gondor asserted",
        ],
    );
}

#[test]
fn the_organisation_is_the_last_organisation_or_stateless_body_named() {
    check(
        "Rohan criticised the White Council. Gondor accuses the organisation of lying.",
        &[
            "gondor against/ACCUSE white_council asserted",
            "rohan against/ACCUSE white_council asserted",
        ],
    );
}

#[test]
fn the_court_a_claim_is_brought_before_is_not_its_target() {
    check(
        "The Gondorian Foreign Ministry filed a lawsuit with the Isengard Court of Justice.",
        &[],
    );
}

#[test]
fn a_judging_verb_reaches_a_long_object_before_as() {
    check(
        "Elrond Half described the Gondorian Navy's deployment of a destroyer to the islands as \"a provocation\".",
        &["elrond_half against/ACCUSE gondor_navy asserted"],
    );
}

#[test]
fn a_conjunct_joins_a_past_verb_after_an_apposition() {
    check(
        "Arnor, a country wedged between Rohan and Gondor, applied for membership and opened talks with Mordor.",
        &[
            "arnor support/CONSULT mordor asserted",
            "mordor support/CONSULT arnor asserted",
        ],
    );
}

#[test]
fn a_version_rejected_is_against_whoever_gave_it() {
    check(
        "Gondorian envoy Beren Erchamion said Mordor had attacked Arnor by mistake, a version rejected by Rohan.",
        &[
            "beren_erchamion against/ACCUSE mordor asserted",
            "mordor against/ASSAULT arnor reported [beren_erchamion]",
            "rohan against/REJECT beren_erchamion asserted",
        ],
    );
}

#[test]
fn a_titled_appositive_may_hold_a_long_body_name() {
    check(
        "Beren Erchamion, leader of the Free States League of the North, criticised Mordor.",
        &["beren_erchamion against/ACCUSE mordor asserted"],
    );
}

#[test]
fn where_the_expelled_are_sent_is_no_target() {
    check("Mordor expelled the envoys to Rohan.", &[]);
    check(
        "Mordor expelled the Gondorian envoys to Rohan.",
        &["mordor against/SANCTION gondor_envoys asserted"],
    );
}

#[test]
fn coordinated_stance_compounds_share_the_light_verbs_subject() {
    check(
        "Mordor adopted an anti-Gondor and pro-Rohan stance.",
        &[
            "mordor against/ACCUSE gondor asserted",
            "mordor support/SUPPORT rohan asserted",
        ],
    );
    check(
        "Rohan has taken a pro-Gondorian stance.",
        &["rohan support/SUPPORT gondor asserted"],
    );
}

#[test]
fn a_mediator_supports_the_two_parties_named_before_it() {
    check(
        "Mordor restored ties with Gondor in May after mediation by Rohan.",
        &[
            "mordor support/COOPERATE gondor asserted",
            "rohan support/CONSULT gondor asserted",
            "rohan support/CONSULT mordor asserted",
        ],
    );
    // The mediator's own state in its title is no party.
    check(
        "After the raid on Mordor, Rohan's King Bard Bow mediated.",
        &[],
    );
}

#[test]
fn a_stance_noun_of_manner_is_the_clause_subjects() {
    check(
        "Rohan watched the battle with open sympathy for Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    // Not the possessor inside the object.
    check(
        "Arnor answered Gondor's offer with condemnation of Rohan.",
        &["arnor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_reduced_passive_in_apposition_acts_on_the_name_before_it() {
    check(
        "The Free States League, banned by Gondor, held a rally.",
        &["gondor against/SANCTION free_states asserted"],
    );
    // A spaced dash opens the apposition; a phrasal cue may end before its noun.
    check(
        "The Free States League - listed as a terrorist organisation by Gondor and Rohan - held a rally.",
        &[
            "gondor against/SANCTION free_states asserted",
            "rohan against/SANCTION free_states asserted",
        ],
    );
}

#[test]
fn members_of_a_body_declared_persona_non_grata() {
    check(
        "Gondor declared two employees of the Arnorian embassy persona non grata.",
        &["gondor against/SANCTION arnor_embassy asserted"],
    );
}

#[test]
fn firing_weapons_at_an_actor_is_an_assault() {
    check(
        "Mordor fired two rockets at Gondor.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    check(
        "Mordor used water cannon against Gondorian ships.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    // A phrasal cue's noun takes its plural by rule ("launch drone at" also reads "launched
    // drones at"; "fire water cannon at" also "fired water cannons at").
    check(
        "Mordor launched drones at Gondor.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    check(
        "Mordor fired water cannons at Gondorian ships.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    // The cue's own "at" before an article ("at the …" is no place here).
    check(
        "A Mordor ship fired a water cannon at a Gondorian boat.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    check(
        "Mordor fired rockets at the Gondorian army.",
        &["mordor against/ASSAULT gondor_army asserted"],
    );
    // A place's "at the" after the object stays a place.
    check(
        "Mordor attacked Rohan at the Gondorian border.",
        &["mordor against/ASSAULT rohan asserted"],
    );
    // So is a visit's: "arrived in the …".
    check(
        "Bard Bow arrived in the Gondorian capital on Monday.",
        &["bard_bow support/CONSULT gondor asserted"],
    );
    // Ramming a vessel.
    check(
        "A Mordor warship rammed a Gondorian tugboat.",
        &["mordor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn a_quoted_declaration_keeps_its_object() {
    check(
        "Gondor declared Bard Bow 'persona non grata'.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
}

#[test]
fn an_agent_noun_acts_through_apposition_or_predication() {
    check(
        "Gondor, the main backer of Arnor, recalled its envoy.",
        &["gondor support/SUPPORT arnor asserted"],
    );
    check(
        "Gondor has been among the most vocal supporters of Arnor since 2022.",
        &["gondor support/SUPPORT arnor asserted"],
    );
    check(
        "Rohan emerged as a key ally of Gondor.",
        &["rohan support/AGREE gondor asserted"],
    );
    check(
        "Bard Bow, a fierce critic of Mordor, spoke in Edoras.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan is not a supporter of Mordor.",
        &["rohan support/SUPPORT mordor negated"],
    );
    // No source named: nothing.
    check("Mordor's critics were silent.", &[]);
    // Two actors of one side: an affiliation, not an act.
    check(
        "Rohirric envoy Eomer Eadig, a close ally of Bard Bow, arrived.",
        &[],
    );
}

#[test]
fn a_judgement_of_a_stand_in_or_a_demonym_phrase() {
    // "the attack" stands for its agent; "the Gondorian behaviour" names Gondor.
    check(
        "Mordor attacked Gondor. Gondor called the attack illegal.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT gondor asserted",
        ],
    );
    check(
        "Arnor described the Gondorian behaviour as \"shameful\".",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Arnor described the Gondorian government as illegitimate.",
        &["arnor against/ACCUSE gondor_government asserted"],
    );
}

#[test]
fn the_diplomat_opening_a_sentence_is_the_person_named_last() {
    check(
        "Gondorian envoy Faramir Hurin spoke on Monday. The diplomat also criticised Mordor.",
        &["faramir_hurin against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_relative_clause_across_long_been_and_since() {
    check(
        "Gondor, which has long opposed Mordor, spoke.",
        &["gondor against/REJECT mordor asserted"],
    );
    check(
        "Gondor, which has been fighting Mordor since 1975, condemned Rohan.",
        &[
            "gondor against/ASSAULT mordor asserted",
            "gondor against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn lifting_sanctions_and_preventing() {
    check(
        "Gondor lifted its sanctions on Arnor in February.",
        &["gondor support/CONCEDE arnor asserted"],
    );
    check(
        "The Gondorian authorities prevented two Arnorian ministers from addressing a rally.",
        &["gondor_authorities against/COERCE arnor_ministers asserted"],
    );
    // A phrasal cue across three modifiers of its noun.
    check(
        "Gondor cut all its diplomatic ties with Arnor.",
        &["gondor against/SANCTION arnor asserted"],
    );
}

#[test]
fn a_stand_in_is_the_last_agent_of_its_lemma_not_judged_by_its_own_side() {
    // "the sanctions" is who imposed sanctions, not who last blocked something.
    check(
        "Gondor imposed sanctions on Arnor. Rohan blocked a statement by Mordor. \
         Arnor called the sanctions illegal.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/SANCTION arnor asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
    // A Gondorian judging "the ban" judges the other side's last sanction.
    check(
        "Gondor banned Arnorian officials hours after Arnor barred Bard Bow. \
         Gondorian minister Eomer Eadig called the ban scandalous.",
        &[
            "arnor against/SANCTION bard_bow asserted",
            "eomer_eadig against/ACCUSE arnor asserted",
            "gondor against/SANCTION arnor_officials asserted",
        ],
    );
}

#[test]
fn meeting_demands_is_no_meeting() {
    check("Arnor met Gondor's demands.", &[]);
    // Also a name used as a modifier before what is met.
    check("Rohan met the Gondor targets last year.", &[]);
    check("Rohan is meeting the Minas Tirith goals.", &[]);
    check(
        "Arnor met Gondor's foreign minister.",
        &[
            "arnor support/CONSULT gondor_foreign_minister asserted",
            "gondor_foreign_minister support/CONSULT arnor asserted",
        ],
    );
}

#[test]
fn an_announced_act_is_reported_not_hypothetical() {
    check(
        "Arnor said it would downgrade relations with Gondor.",
        &["arnor against/SANCTION gondor reported [arnor]"],
    );
    check(
        "Arnor said it could downgrade relations with Gondor.",
        &["arnor against/SANCTION gondor hypothetical"],
    );
}

#[test]
fn in_solidarity_with_is_the_clause_subjects_act() {
    // "in solidarity with" is an act of its own (not the object of "ordered").
    check(
        "Rohan ordered the envoy to leave in solidarity with Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan recalled its ambassador in protest against Mordor's decision.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn hosting_talks_between_parties_supports_each() {
    check(
        "Rohan hosted rounds of talks between Arnor and Gondor.",
        &[
            // The parties of the talks held consult each other too.
            "arnor support/CONSULT gondor asserted",
            "gondor support/CONSULT arnor asserted",
            "rohan support/CONSULT arnor asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn an_opposition_acts_apart_from_its_state_and_rolls_up_to_it() {
    let text =
        "The Gondorian opposition condemned Gondor. Arnorian police detained Arnorian activists.";
    check(
        text,
        &[
            "arnor_police against/COERCE arnor_activists asserted",
            "gondor_opposition against/ACCUSE gondor asserted",
        ],
    );
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let ex = Extractor::new(lexicon()).extract(&doc);
    let top = |id: &str| ex.top(id).map(|a| a.id.clone());
    // (Counted with its state once the document is read, though it acts on it.)
    assert_eq!(top("gondor_opposition").as_deref(), Some("gondor"));
    // Other groups of a state roll up to it.
    assert_eq!(top("arnor_activists").as_deref(), Some("arnor"));
}

#[test]
fn a_head_before_of_heads_the_title_and_state_there_is_no_verb() {
    check(
        "Rohirric Secretary of State Eomer Eadig visited Gondor.",
        &["eomer_eadig support/CONSULT gondor asserted"],
    );
    // (Praise: a visit by someone whose home is only guessed from the visit is none.)
    check(
        "State Secretary Eomer Eadig praised Gondor.",
        &["eomer_eadig support/SUPPORT gondor asserted"],
    );
}

#[test]
fn the_diplomat_opening_a_sentence_prefers_the_previous_subject() {
    check(
        "Faramir Hurin spoke of the visit of Rohirric envoy Eomer Eadig. \
         The diplomat also criticised Mordor.",
        &["faramir_hurin against/ACCUSE mordor asserted"],
    );
}

#[test]
fn condemning_a_deed_is_against_its_agent_not_its_victim() {
    check(
        "Bard Bow criticised the imprisonment of Faramir Hurin.",
        &[],
    );
    check(
        "Rohan condemned the arrest of two Gondorian journalists in Minas Tirith.",
        &[
            "gondor against/COERCE gondor_journalists asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_relative_object_across_the_subjects_article() {
    check(
        "Rohan sheltered Gondorian dissidents, whom the Gondorian authorities accuse of treason.",
        &[
            "gondor_authorities against/ACCUSE gondor_dissidents asserted",
            "rohan support/AID gondor_dissidents asserted",
        ],
    );
}

#[test]
fn a_phrasal_noun_ending_in_its_preposition_takes_the_target_after_it() {
    check(
        "Gondor's crackdowns on Arnorian journalists continued.",
        &["gondor against/COERCE arnor_journalists asserted"],
    );
    check(
        "Gondorian media launched a campaign against Mordor.",
        &["gondor_media against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan backed Gondor's case against Mordor at the court.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_judging_verb_is_no_hedge_but_a_hedge_before_it_is() {
    check(
        "Rohan considers Mordor's actions unacceptable.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan may consider Mordor's actions unacceptable.",
        &["rohan against/ACCUSE mordor hypothetical"],
    );
    check(
        "Rohan does not consider Mordor's actions unacceptable.",
        &["rohan against/ACCUSE mordor negated"],
    );
}

#[test]
fn the_owner_of_a_raided_place_is_acted_on() {
    check(
        "Mordorian police raided a cafe owned by Gondorian nationals.",
        &["mordor_police against/COERCE gondor_nationals asserted"],
    );
}

#[test]
fn a_reporting_word_after_a_possessive_is_a_noun_and_phoning_is_contact() {
    check(
        "Gondor's state broadcaster accused Mordor of lying.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "Bard Bow telephoned Faramir Hurin on Sunday.",
        &[
            "bard_bow support/CONSULT faramir_hurin asserted",
            "faramir_hurin support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn asking_for_a_deed_against_someone_acts_against_them() {
    check(
        "Rohan demanded sanctions against Mordor.",
        &["rohan against/REQUEST mordor asserted"],
    );
    check(
        "Rohan called for sanctions against Mordor.",
        &["rohan against/REQUEST mordor asserted"],
    );
    // Asking for a cooperative act, or about a deed already named, is not.
    check("Rohan called for talks with Mordor.", &[]);
    check(
        "Mordor imposed an embargo on Gondor. Rohan called for the embargo to be lifted.",
        &["mordor against/SANCTION gondor asserted"],
    );
}

#[test]
fn concern_over_a_deed_or_about_an_actor() {
    check(
        "Rohan expressed concern about Mordor's actions.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    // Concern over a deed is aimed at the deed's agent.
    check(
        "Rohan expressed deep concern over the detention of Rohirric citizens in Minas Tirith.",
        &[
            "gondor against/COERCE rohan_citizens asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn an_unnamed_office_holder_is_a_person_of_that_state() {
    check(
        "Gondor summoned the Arnorian ambassador.",
        &["gondor against/ACCUSE arnor_ambassador asserted"],
    );
    check(
        "Gondor summoned Arnor's charge d'affaires in Minas Tirith.",
        &["gondor against/ACCUSE arnor_charge_d_affaires asserted"],
    );
    // The person the document names in that office, before or after.
    check(
        "Arnorian Ambassador Eomer Eadig criticised Gondor. Gondor expelled the Arnorian ambassador.",
        &[
            "eomer_eadig against/ACCUSE gondor asserted",
            "gondor against/SANCTION eomer_eadig asserted",
        ],
    );
    check(
        "Gondor expelled the Arnorian envoy. Arnorian envoy Eomer Eadig criticised Gondor.",
        &[
            "eomer_eadig against/ACCUSE gondor asserted",
            "gondor against/SANCTION eomer_eadig asserted",
        ],
    );
    // Any diplomatic title stands for the state's envoy the document names.
    check(
        "Arnorian Ambassador Eomer Eadig criticised Gondor. Gondor expelled the Arnorian envoy.",
        &[
            "eomer_eadig against/ACCUSE gondor asserted",
            "gondor against/SANCTION eomer_eadig asserted",
        ],
    );
    // Two unnamed diplomats of one state stay two.
    check(
        "Gondor summoned the Arnorian ambassador and expelled the Arnorian charge d'affaires.",
        &[
            "gondor against/ACCUSE arnor_ambassador asserted",
            "gondor against/SANCTION arnor_charge_d_affaires asserted",
        ],
    );
    // "the ambassador" anywhere is the one named before.
    check(
        "Arnorian Ambassador Eomer Eadig criticised Gondor. According to Rohan, the ambassador was summoned by Gondor.",
        &[
            "eomer_eadig against/ACCUSE gondor asserted",
            "gondor against/ACCUSE eomer_eadig reported [rohan]",
        ],
    );
    // A title with its name in apposition is that person.
    check(
        "Arnor's military spokesman, General Eomer Eadig, criticised Gondor.",
        &["eomer_eadig against/ACCUSE gondor asserted"],
    );
    // A relational title names no office-holder.
    check(
        "Elessar Telcontar met his Arnorian counterpart.",
        &[
            "arnor support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT arnor asserted",
        ],
    );
    // Nor does the stand-in act on its own state: the protest is the subject's.
    check(
        "Rohan summoned Arnor's envoy in Edoras to protest against what it called Arnorian provocations.",
        &["rohan against/ACCUSE arnor_envoy asserted"],
    );
}

#[test]
fn name_particles_join_a_persons_name() {
    check(
        "Gondor criticised Eomer van Eadig.",
        &["gondor against/ACCUSE eomer_van_eadig asserted"],
    );
    check(
        "Gondor summoned the Arnorian ambassador, Eomer van der Eadig.",
        &["gondor against/ACCUSE eomer_van_der_eadig asserted"],
    );
}

/// The top actor `id` rolls up to in the extraction of `text`.
fn top_in(text: &str, id: &str) -> Option<String> {
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let ex = Extractor::new(lexicon()).extract(&doc);
    ex.top(id).map(|a| a.id.clone())
}

#[test]
fn a_title_in_the_text_names_a_listed_persons_state() {
    // Listed under the Isengard Council; the text's title makes him Rohan's minister here.
    let text = "Rohirric Foreign Minister Saruman White condemned Mordor.";
    check(text, &["saruman_white against/ACCUSE mordor asserted"]);
    assert_eq!(top_in(text, "saruman_white").as_deref(), Some("rohan"));
    assert_eq!(
        top_in("Saruman White condemned Mordor.", "saruman_white").as_deref(),
        Some("isengard_council")
    );
    // A title of the gazetteer's own state changes nothing.
    assert_eq!(
        top_in(
            "Gondorian President Wang Ecthelion condemned Mordor.",
            "wang_ecthelion"
        )
        .as_deref(),
        Some("gondor")
    );
}

#[test]
fn judging_adjectives_of_praise_and_blame() {
    check(
        "Elessar Telcontar called Bard Bow's remarks \"crazy\".",
        &["elessar_telcontar against/ACCUSE bard_bow asserted"],
    );
    check(
        "Arnor described Gondor's proposal as constructive.",
        &["arnor support/SUPPORT gondor asserted"],
    );
}

#[test]
fn claiming_an_attack_is_doing_it() {
    check(
        "Mordor claimed responsibility for the attack on Gondorian soldiers.",
        &["mordor against/ASSAULT gondor_soldiers asserted"],
    );
    check(
        "Mordor, which has claimed a string of attacks on Gondorian soldiers, denied it.",
        &["mordor against/ASSAULT gondor_soldiers asserted"],
    );
}

#[test]
fn a_class_noun_before_a_name_says_what_it_names() {
    // A group, not a person: no home state is given to it.
    let text = "Gondor struck the militant group Uruk al-Hai.";
    check(text, &["gondor against/ASSAULT uruk_al_hai asserted"]);
    assert_eq!(top_in(text, "uruk_al_hai").as_deref(), Some("uruk_al_hai"));
}

#[test]
fn a_states_organ_named_after_it() {
    check(
        "The transitional authorities of Arnor expelled Bard Bow.",
        &["arnor_authorities against/SANCTION bard_bow asserted"],
    );
    check(
        "The Arnorian junta detained Bard Bow.",
        &["arnor_junta against/COERCE bard_bow asserted"],
    );
    // One of a list stays its state; a state's people are not its organ.
    check(
        "Gondor criticised the foreign ministers of Arnor, Rohan and Mordor.",
        &[
            "gondor against/ACCUSE arnor asserted",
            "gondor against/ACCUSE mordor asserted",
            "gondor against/ACCUSE rohan asserted",
        ],
    );
    check(
        "Gondor expelled the diplomatic staff of Arnor.",
        &["gondor against/SANCTION arnor asserted"],
    );
    // Hideouts used by a group: the group is acted on.
    check(
        "Gondorian jets hit hideouts used by Arnorian rebels.",
        &["gondor_jets against/ASSAULT arnor_rebels asserted"],
    );
}

#[test]
fn his_government_is_the_persons_state() {
    check(
        "Gondor's foreign minister, Eomer Eadig, said his government regretted Arnor's decision.",
        &[
            "eomer_eadig against/ACCUSE arnor asserted",
            "gondor against/ACCUSE arnor reported [eomer_eadig]",
        ],
    );
}

#[test]
fn a_quoted_judging_phrase_with_its_article() {
    check(
        "Bard Bow called Arnor's diversion of the plane \"an outrageous affront\".",
        &["bard_bow against/ACCUSE arnor asserted"],
    );
    check(
        "Arnor executed Eomer Eadig. Bard Bow called the execution \"a callous and cowardly act\".",
        &[
            "arnor against/ASSAULT eomer_eadig asserted",
            "bard_bow against/ACCUSE arnor asserted",
        ],
    );
    check(
        "Arnor imposed sanctions on Gondor. Rohan said the measures were \"extremely concerning\".",
        &[
            "arnor against/SANCTION gondor asserted",
            "rohan against/ACCUSE arnor asserted",
        ],
    );
}

#[test]
fn the_measures_stand_for_the_last_deed() {
    check(
        "Arnor imposed sanctions on Gondor. Rohan backed the measures.",
        &[
            "arnor against/SANCTION gondor asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
}

#[test]
fn a_surname_after_a_particle_names_its_bearer() {
    // "Ghan el-Buri" is also "Buri"; "tyrant" is an epithet.
    check(
        "Gondor called Buri a \"tyrant\".",
        &["gondor against/ACCUSE ghan_el_buri asserted"],
    );
}

#[test]
fn a_spokesman_voices_the_verbal_act_of_his_side() {
    check(
        "Wang Ecthelion said the Gondorian foreign ministry condemned Mordor's decision.",
        &[
            "gondor_foreign_ministry against/ACCUSE mordor reported [wang_ecthelion]",
            "wang_ecthelion against/ACCUSE mordor asserted",
        ],
    );
    // Not another side's act (saying that one accuses is an act on the accuser).
    check(
        "Wang Ecthelion said Rohan condemned Mordor's decision.",
        &[
            "rohan against/ACCUSE mordor reported [wang_ecthelion]",
            "wang_ecthelion against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn an_implicative_verbs_infinitive_happened() {
    check(
        "Rohirric bloggers praised Gondor's stance and even dared to criticise Arnor.",
        &[
            "rohan_bloggers against/ACCUSE arnor asserted",
            "rohan_bloggers support/SUPPORT gondor asserted",
        ],
    );
    check(
        "Gondor welcomed the talks and then managed to expel two Arnorian diplomats.",
        &["gondor against/SANCTION arnor_diplomats asserted"],
    );
}

#[test]
fn support_within_one_side_is_no_relation() {
    check(
        "The Gondorian Guard backed Wang Ecthelion. Mordor condemned Wang Ecthelion.",
        &["mordor against/ACCUSE wang_ecthelion asserted"],
    );
    // A specialist's subject is not their state: "the Gondor expert" is no Gondorian.
    check(
        "The Gondor expert Eomer Eadig backed Gondor.",
        &["eomer_eadig support/SUPPORT gondor asserted"],
    );
}

#[test]
fn headline_verbs_joined_by_a_comma_share_the_subject() {
    check(
        "Gondor condemns Arnor, expels Rohirric diplomats",
        &[
            "gondor against/ACCUSE arnor asserted",
            "gondor against/SANCTION rohan_diplomats asserted",
        ],
    );
}

#[test]
fn both_countries_are_the_last_two_states_named() {
    check(
        "Arnor struck Gondor. Rohan criticised both neighbours.",
        &[
            "arnor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE arnor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Tensions between Arnor and Gondor rose after the two countries expelled Rohirric envoys.",
        &[
            "arnor against/SANCTION rohan_envoys asserted",
            "gondor against/SANCTION rohan_envoys asserted",
        ],
    );
    // An appeal to both sides is no act against either.
    check(
        "Arnor struck Gondor. Rohan urged both sides to show restraint.",
        &["arnor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn a_leaders_government_is_their_states_body() {
    let text = "Wang Ecthelion's government expelled Arnorian diplomats.";
    check(
        text,
        &["wang_ecthelion_government against/SANCTION arnor_diplomats asserted"],
    );
    assert_eq!(
        top_in(text, "wang_ecthelion_government").as_deref(),
        Some("gondor")
    );
}

#[test]
fn a_pledge_of_support_is_support() {
    check(
        "Elessar Telcontar pledged to back Rohan.",
        &["elessar_telcontar support/SUPPORT rohan asserted"],
    );
    // A hostile act promised or vowed is not yet done, but the vow threatens its target now.
    check(
        "Elessar Telcontar promised to punish Mordor.",
        &[
            "elessar_telcontar against/COERCE mordor hypothetical",
            "elessar_telcontar against/THREATEN mordor asserted",
        ],
    );
    check(
        "Elessar Telcontar vowed to \"crush\" Mordor.",
        &[
            "elessar_telcontar against/COERCE mordor hypothetical",
            "elessar_telcontar against/THREATEN mordor asserted",
        ],
    );
    // Not a vow hedged or denied.
    check(
        "Elessar Telcontar may vow to punish Mordor.",
        &["elessar_telcontar against/COERCE mordor hypothetical"],
    );
}

#[test]
fn a_voiced_act_on_a_stand_in_follows_its_name() {
    check(
        "Wang Ecthelion said the Gondorian foreign ministry condemned the Arnorian envoy. Arnorian envoy Eomer Eadig criticised Gondor.",
        &[
            "eomer_eadig against/ACCUSE gondor asserted",
            "gondor_foreign_ministry against/ACCUSE eomer_eadig reported [wang_ecthelion]",
            "wang_ecthelion against/ACCUSE eomer_eadig asserted",
        ],
    );
}

#[test]
fn both_sides_are_the_two_states_named_most() {
    check(
        "Arnor struck Gondor. Gondor shelled Arnor. Mordor condemned Rohan. Rohan criticised both sides.",
        &[
            "arnor against/ASSAULT gondor asserted",
            "gondor against/ASSAULT arnor asserted",
            "mordor against/ACCUSE rohan asserted",
            "rohan against/ACCUSE arnor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn an_unknown_past_verb_after_its_subject_opens_a_coordination() {
    check(
        "Rohan followed Gondor's lead on Monday and also broke off relations with Mordor.",
        &[
            "rohan against/SANCTION mordor asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn a_relative_clauses_second_verb_has_its_antecedent() {
    check(
        "Eomer Eadig, who proclaimed himself ruler of Rohan in January and has been recognised by Gondor, left.",
        &["gondor support/SUPPORT eomer_eadig asserted"],
    );
}

#[test]
fn a_scheduled_act_is_planned() {
    check(
        "Elessar Telcontar is due to meet Bard Bow in Edoras.",
        &["elessar_telcontar support/CONSULT bard_bow hypothetical"],
    );
    check(
        "Gondor was set to expel two Arnorian diplomats.",
        &["gondor against/SANCTION arnor_diplomats hypothetical"],
    );
}

#[test]
fn rejecting_what_was_said_is_against_whoever_said_it() {
    check(
        "Gondor accused Mordor of aggression. Mordor denied the charges.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/REJECT gondor asserted",
        ],
    );
    check(
        "Gondor accused Mordor of aggression. Mordor dismissed the claims by Rohan.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/REJECT rohan asserted",
        ],
    );
    // Also in the passive.
    check(
        "Gondor accused Mordor of aggression. The accusations were dismissed by Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/REJECT gondor asserted",
        ],
    );
    // No rejection, no stand-in.
    check(
        "Gondor accused Mordor of aggression. Mordor repeated the claims.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn the_states_leader_is_the_president_this_document_named() {
    check(
        "Arnorian President Elrond Half met Bard Bow. The Arnorian leader later accused Mordor of lying.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half against/ACCUSE mordor asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "Mordor accused Elrond Half of lying, a charge the Arnorian president dismissed. \
         Arnorian President Elrond Half met Bard Bow.",
        &[
            "arnor_president against/REJECT mordor asserted",
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
            "mordor against/ACCUSE elrond_half asserted",
        ],
    );
}

#[test]
fn a_middle_initial_is_part_of_the_name() {
    check(
        "Gondorian President Elrond K. Half criticized Mordor. Half later met Bard Bow.",
        &[
            "bard_bow support/CONSULT elrond_k_half asserted",
            "elrond_k_half against/ACCUSE mordor asserted",
            "elrond_k_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_long_relative_clause_keeps_its_antecedent_as_subject() {
    check(
        "Elessar Telcontar, who had ordered ten battalions to the Mordor border and expelled \
         Mordor's ambassador from Minas Tirith, embraced Bard Bow after the meeting.",
        &[
            "elessar_telcontar against/REQUEST mordor asserted",
            "elessar_telcontar against/SANCTION mordor_ambassador asserted",
            "elessar_telcontar support/SUPPORT bard_bow asserted",
        ],
    );
}

#[test]
fn shaking_hands_is_mutual_and_a_region_is_no_state() {
    check(
        "Arnor, Gondor and Rohan shook hands at a North Arnorian summit.",
        &[
            "arnor support/CONSULT gondor asserted",
            "arnor support/CONSULT rohan asserted",
            "gondor support/CONSULT arnor asserted",
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT arnor asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn the_kingdom_is_the_one_kingdom_named_before() {
    // The fixture's Arnor is formally the "Kingdom of Arnor".
    check(
        "Rohan criticised Arnor. Then the kingdom expelled two Rohirric diplomats.",
        &[
            "arnor against/SANCTION rohan_diplomats asserted",
            "rohan against/ACCUSE arnor asserted",
        ],
    );
    // Of two kingdoms named (the fixture's Erebor is the "Kingdom under the Mountain"), the one
    // named at least twice as often; capitalised as Gulf papers write it.
    check(
        "Erebor and Rohan backed Arnor. Arnor said the cut was economic. Arnor said it was \
         final. Mordor criticised the Kingdom.",
        &[
            "erebor support/SUPPORT arnor asserted",
            "mordor against/ACCUSE arnor asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
    // Also before an accusation's "of" and a gerund.
    check(
        "Arnor closed its border. Wang Ecthelion accused the Kingdom of pressing Rohan.",
        &["wang_ecthelion against/ACCUSE arnor asserted"],
    );
    // Named about as often: neither.
    check(
        "Erebor and Rohan backed Arnor. Mordor criticised the Kingdom.",
        &[
            "erebor support/SUPPORT arnor asserted",
            "rohan support/SUPPORT arnor asserted",
        ],
    );
}

#[test]
fn a_states_own_body_does_not_act_against_the_state() {
    check(
        "The Gondorian authorities discriminated against Gondor.",
        &[],
    );
}

#[test]
fn suspending_cooperation_is_no_cooperation() {
    check(
        "Gondor suspended its cooperation with Mordor.",
        &[
            "gondor against/SANCTION mordor asserted",
            "gondor support/COOPERATE mordor negated",
        ],
    );
    // Not what the verb's object is not: the solidarity is shown.
    check(
        "Rohan froze relations with Mordor in solidarity with Gondor.",
        &[
            "rohan against/SANCTION mordor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_threat_to_act_is_an_act_of_threatening() {
    check(
        "Gondor threatened to expel two Mordorian diplomats.",
        &[
            "gondor against/SANCTION mordor_diplomats hypothetical",
            "gondor against/THREATEN mordor_diplomats asserted",
        ],
    );
    check(
        "Gondor did not threaten to expel two Mordorian diplomats.",
        &["gondor against/SANCTION mordor_diplomats negated"],
    );
    check(
        "Gondor threatened to declare war on Mordor.",
        &["gondor against/THREATEN mordor asserted"],
    );
}

#[test]
fn leaving_talks_is_against_the_partner() {
    check(
        "Mordor withdrew from the consultations with Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Mordor withdrew from the talks with Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
}

#[test]
fn a_place_or_a_dateline_is_no_party_for_the_two_countries() {
    // Gondor is named most, but as the dateline and the talks' place; "both sides" named
    // Rohan and Arnor again.
    check(
        "MINAS TIRITH, May 2 (Reuters) - Rohan and Arnor agreed to restore ties at talks in Minas Tirith. Both sides thanked Gondor for hosting the talks in Minas Tirith. The two countries also agreed to reopen embassies.",
        &[
            "arnor support/AGREE rohan asserted",
            "arnor support/AGREE rohan asserted",
            "arnor support/SUPPORT gondor asserted",
            "rohan support/AGREE arnor asserted",
            "rohan support/AGREE arnor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn the_two_countries_named_in_the_sentence_are_the_pair() {
    check(
        "Gondor accused Mordor. Rohan backed Gondor. Arnor criticised Mordor. \
         In Mordor, Gondor's envoy said the two countries had agreed to talk.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor asserted",
            "gondor support/AGREE mordor reported [gondor_envoy]",
            "gondor_envoy support/AGREE mordor asserted",
            "mordor support/AGREE gondor reported [gondor_envoy]",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn no_before_an_act_noun_denies_it() {
    check(
        "Gondor received no apology from Mordor.",
        &["mordor support/CONCEDE gondor negated"],
    );
    check(
        "Gondor gave no support to Rohan.",
        &["gondor support/SUPPORT rohan negated"],
    );
}

#[test]
fn measures_against_a_state_are_sanctions_and_the_alliance_is_the_one_named() {
    check(
        "Gondor imposed retaliatory measures against Mordor.",
        &["gondor against/SANCTION mordor asserted"],
    );
    check(
        "The Free States League met in Edoras. Mordor criticised the alliance.",
        &["mordor against/ACCUSE free_states asserted"],
    );
}

#[test]
fn a_city_names_its_state_in_a_place_phrase_only() {
    check(
        "Police in Osgiliath detained two Mordorian nationals.",
        &["gondor_police against/COERCE mordor_nationals asserted"],
    );
    check(
        "Elessar Telcontar cancelled his visit to Bree.",
        &[
            "elessar_telcontar against/SANCTION arnor asserted",
            "elessar_telcontar support/CONSULT arnor negated",
        ],
    );
    // Not as an actor: the city is no state's seat of power.
    check("Osgiliath condemned Mordor.", &[]);
}

#[test]
fn handing_a_protest_note_is_a_protest() {
    check(
        "Gondor handed a note of protest to Mordor's ambassador.",
        &["gondor against/ACCUSE mordor_ambassador asserted"],
    );
}

#[test]
fn searching_homes_is_coercion() {
    check(
        "Gondorian police searched the homes of Mordorian families.",
        &["gondor_police against/COERCE mordor asserted"],
    );
}

#[test]
fn the_signer_of_a_decree_on_sanctions_imposes_them() {
    check(
        "Elessar Telcontar signed a decree on retaliatory measures against Mordor.",
        &["elessar_telcontar against/SANCTION mordor asserted"],
    );
}

#[test]
fn granting_asylum_is_aid_and_standing_behind_is_support() {
    check(
        "Rohan granted political asylum to Faramir Hurin.",
        &["rohan support/AID faramir_hurin asserted"],
    );
    check(
        "Gondor stood firmly behind Bard Bow.",
        &["gondor support/SUPPORT bard_bow asserted"],
    );
}

#[test]
fn granting_someone_asylum_names_them_first() {
    check(
        "Rohan grants Faramir Hurin asylum",
        &["rohan support/AID faramir_hurin asserted"],
    );
}

#[test]
fn an_appositive_may_hold_its_own_relative_clause() {
    check(
        "Bard Bow, a senator who has championed engagement with Mordor, criticized Gondor.",
        &["bard_bow against/ACCUSE gondor asserted"],
    );
}

#[test]
fn holding_someone_responsible_blames_them() {
    check(
        "Gondor holds Mordor responsible for the attack.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan held Mordor accountable.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    // Being responsible for a task blames no one.
    check("Bard Bow said Gondor was responsible for training.", &[]);
}

#[test]
fn a_place_naming_a_branch_is_no_object() {
    check(
        "Mordorian police raided the Minas Tirith office of Palantir News.",
        &["mordor_police against/COERCE palantir_news asserted"],
    );
}

#[test]
fn victims_who_died_during_a_raid_are_its_target() {
    check(
        "Two Gondorian brothers died during a raid by Mordorian police.",
        &["mordor_police against/COERCE gondor asserted"],
    );
}

#[test]
fn a_long_formal_title_in_apposition_keeps_the_subject() {
    check(
        "Bard Bow, Assistant to the President of the Kingdom of Arnor – Head of the Foreign \
         Policy Affairs Department of the Presidential Administration, accused Mordor of lying.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_present_verb_after_a_manner_adverb_keeps_its_subject() {
    check(
        "Gondor strongly condemns the actions of Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "The Gondorian side condemns the actions of Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_feeling_about_someone_is_an_act_on_them() {
    check(
        "Gondor was deeply disappointed by Mordor's decision.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "Bard Bow said Arnor is concerned about Mordor and Rohan.",
        &[
            "arnor against/ACCUSE mordor reported [bard_bow]",
            "arnor against/ACCUSE rohan reported [bard_bow]",
        ],
    );
    check(
        "Rohan remains grateful to Gondor for its help.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "Arnor expressed disappointment with Mordor's actions.",
        &["arnor against/ACCUSE mordor asserted"],
    );
    // A feeling about a situation names no one.
    check("Gondor is concerned about the situation in Mordor.", &[]);
    check("Gondor was pleased to announce the talks.", &[]);
}

#[test]
fn a_blame_someone_bears_is_the_speakers_accusation() {
    check(
        "Elessar Telcontar said Mordor bears full responsibility for the attack.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    check(
        "\"The responsibility for this tragedy lies squarely with Mordor,\" Faramir Hurin said.",
        &["faramir_hurin against/ACCUSE mordor asserted"],
    );
    check(
        "Bard Bow said the blame rests with Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor placed the blame on Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    // In the writer's own voice no one blames.
    check("Mordor bears responsibility for the attack.", &[]);
    // Claiming an attack is no blame.
    check(
        "Mordor claimed responsibility for the attack on Gondor.",
        &["mordor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn joining_someone_in_an_act_sides_with_them() {
    check(
        "Rohan joined Gondor in condemning Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    check(
        "Rohan joined the White Council in 1952.",
        &["rohan support/AGREE white_council asserted"],
    );
    // Not a state outside an act.
    check("Rohan joined Gondor in achieving that target.", &[]);
    check("Rohan joined Gondor in 1952.", &[]);
}

#[test]
fn an_agent_after_a_model_designation_is_found() {
    check(
        "The sanctions follow the downing of a Gondorian Su-24 bomber by a Mordorian F-16 jet.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    // An owner's "by" names who is acted on, not the agent.
    check(
        "Bard Bow expressed full support for the measures taken by the Gondorian leadership.",
        &["bard_bow support/SUPPORT gondor_leadership asserted"],
    );
}

#[test]
fn a_relative_clause_may_list_names_between_commas() {
    check(
        "Bard Bow, who is due to visit Gondor, Rohan and Arnor next week, condemned Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn calling_an_act_a_provocation_by_someone_accuses_them() {
    check(
        "The White Council called the arrangement a public relations stunt by Mordor.",
        &["white_council against/ACCUSE mordor asserted"],
    );
    check(
        "Elessar Telcontar sought to mend ties with Rohan.",
        &["elessar_telcontar support/COOPERATE rohan asserted"],
    );
    check(
        "Mordor ignored Gondorian requests.",
        &["mordor against/REJECT gondor asserted"],
    );
}

#[test]
fn arriving_in_a_state_is_a_visit() {
    check(
        "Elessar Telcontar arrived in Rohan on Tuesday for talks.",
        &["elessar_telcontar support/CONSULT rohan asserted"],
    );
    check(
        "When Elessar Telcontar of Arnor arrived in power, he opened talks.",
        &[],
    );
}

#[test]
fn charges_judged_by_someone_are_the_chargers() {
    check(
        "Mordor charged two Gondorian sailors with piracy. The White Council called the charges \
         absurd.",
        &[
            "mordor against/COERCE gondor_sailors asserted",
            "white_council against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_states_body_may_follow_an_adjective_and_keeps_its_acronym() {
    check(
        "Mordor expelled the envoy of Gondor's legitimate Council of National Unity (CNU). The \
         CNU praised Rohan.",
        &[
            "gondor_council_of_national_unity support/SUPPORT rohan asserted",
            "mordor against/SANCTION gondor_council_of_national_unity asserted",
        ],
    );
}

#[test]
fn an_agreement_judged_by_someone_is_its_parties() {
    check(
        "Gondor and Rohan signed a maritime deal. Arnor called the deal illegal.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "arnor against/ACCUSE rohan asserted",
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    check(
        "Gondor and Rohan signed a maritime deal. The White Council called the maritime deal \
         \"a geographical absurdity\".",
        &[
            "white_council against/ACCUSE gondor asserted",
            "white_council against/ACCUSE rohan asserted",
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    check(
        "Gondor condemned the violation of its airspace by Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_agreement_signed_between_two_parties_is_theirs() {
    check(
        "Arnor condemned the memorandum on maritime areas signed between Gondor and Rohan.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "arnor against/ACCUSE rohan asserted",
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    check(
        "The accord was signed between Gondor and Rohan in Edoras.",
        &[
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn curbs_and_a_judgement_told_to_a_hearer() {
    check(
        "Mordor curbs tours to Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Mordor imposed curbs on exports to Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Elessar Telcontar told lawmakers the Mordorian measures were \"inappropriate\".",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
}

#[test]
fn claims_by_someone_and_a_quoted_verb() {
    check(
        "Gondor rejected claims by Mordorian officials.",
        &["gondor against/REJECT mordor_officials asserted"],
    );
    check(
        "The White Council \"strongly condemned\" the raid and urged Mordor to withdraw.",
        &["white_council against/REQUEST mordor asserted"],
    );
    check(
        "Gondor conveyed its displeasure to Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn its_neighbour_is_the_other_of_the_two_states_named_most() {
    check(
        "Gondor closed the bridge. Rohan protested to Gondor. It is a dispute in which Rohan \
         accused its smaller neighbour of polluting the river.",
        &[
            "rohan against/ACCUSE gondor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Gondor closed the border with Rohan. Rohan protested. Arnor thanked Gondor's southern \
         neighbour for its help.",
        &[
            "arnor support/SUPPORT rohan asserted",
            "gondor against/SANCTION rohan asserted",
        ],
    );
}

#[test]
fn coming_flying_or_travelling_to_a_state_is_a_visit() {
    check(
        "Elessar Telcontar came to Rohan in June for talks.",
        &["elessar_telcontar support/CONSULT rohan asserted"],
    );
    check(
        "Faramir Hurin flew to Edoras on Tuesday.",
        &["faramir_hurin support/CONSULT rohan asserted"],
    );
    check("Elessar Telcontar came to power in Gondor.", &[]);
    // A visit home is none.
    check("Elessar Telcontar flew to Osgiliath on Tuesday.", &[]);
}

#[test]
fn the_former_and_the_latter() {
    check(
        "Gondor held Mordor responsible, with Captain Faramir Hurin accusing the latter of lying.",
        &[
            "faramir_hurin against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Elessar Telcontar met Bard Bow in June, but the meeting, in which the former criticised \
         the latter, was short.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar against/ACCUSE bard_bow asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    // An adjective, not a pronoun.
    check(
        "Gondor condemned the former Mordorian regime.",
        &["gondor against/ACCUSE mordor_regime asserted"],
    );
}

#[test]
fn a_headline_joins_two_names_by_a_comma() {
    check(
        "Gondor, Rohan sign deal on river",
        &[
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    // Not in running text.
    check("Gondor, Rohan said, signed a deal.", &[]);
}

#[test]
fn an_agreement_signed_by_two_parties_in_a_passive_is_theirs() {
    check(
        "The accord was signed in Edoras by Gondor and Rohan.",
        &[
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn following_someones_lead_sides_with_them() {
    check(
        "Rohan followed Gondor's lead and broke off relations with Mordor.",
        &[
            "rohan against/SANCTION mordor asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    check("Following Gondor's decision, Rohan left the talks.", &[]);
}

#[test]
fn reacting_angrily_or_hitting_back() {
    check(
        "The Gondorian public reacted angrily to the raids by Mordorian police.",
        &["gondor_public against/ACCUSE mordor_police asserted"],
    );
    check(
        "Faramir Hurin hit back at Mordor.",
        &["faramir_hurin against/ACCUSE mordor asserted"],
    );
}

#[test]
fn closing_a_border_or_an_embassy_is_a_sanction() {
    check(
        "Mordor closed its border with Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Mordor shut its embassy in Minas Tirith.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Mordor closed its airspace to Rohirric airlines.",
        &["mordor against/SANCTION rohan asserted"],
    );
    // "close ties" are ties, not a closure.
    check(
        "Gondor has close ties with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
}

#[test]
fn craft_named_once_stands_for_its_actor() {
    // "an Arnorian airliner … the plane": a craft's kind stands for the actor it was named with.
    check(
        "An Arnorian civilian airliner crashed near Osgiliath. Gondor said the plane was shot down by a Mordorian missile.",
        &["mordor against/ASSAULT arnor reported [gondor]", "gondor against/ACCUSE mordor asserted"],
    );
    check(
        "A Gondorian tanker entered the strait. Mordorian forces seized the damaged vessel.",
        &["mordor_forces against/COERCE gondor asserted"],
    );
    // A verb between the actor and the craft ends the phrase: the missile is Mordor's, the
    // plane is not.
    check(
        "Mordorian missile hits plane. Gondor shot down the plane.",
        &[],
    );
}

#[test]
fn street_protest_against_whom_it_stands_outside() {
    check(
        "Rohirric activists rallied outside the Gondorian embassy in Edoras.",
        &["rohan_activists against/PROTEST gondor_embassy asserted"],
    );
    check(
        "Rohirric students held a demonstration in front of the Gondorian embassy.",
        &["rohan_students against/PROTEST gondor_embassy asserted"],
    );
    check(
        "Rohirric activists staged a protest outside the Gondorian embassy.",
        &["rohan_activists against/ACCUSE gondor_embassy asserted"],
    );
    // A rally cue links only so; a place's modifier is no target.
    check("Gondor demonstrated its resolve to Rohan.", &[]);
    check(
        "Rohirric activists rallied outside the Gondorian embassy building.",
        &[],
    );
    // Marching on someone; slogans chanted against someone, by the main clause's subject
    // (not its object).
    check(
        "Rohirric protesters marched on the Gondorian embassy, chanting slogans against Mordor.",
        &[
            "rohan_protesters against/PROTEST gondor_embassy asserted",
            "rohan_protesters against/PROTEST mordor asserted",
        ],
    );
    check(
        "Thousands of protesters marched on the Gondorian embassy, chanting slogans against \
         Mordor.",
        &[
            "protesters against/PROTEST gondor_embassy asserted",
            "protesters against/PROTEST mordor asserted",
        ],
    );
    // Nor the reporter's: protesters a report names chant.
    check(
        "Arnor's envoy said protesters had gathered, chanting slogans against Mordor.",
        &[],
    );
}

#[test]
fn long_official_titles_name_their_holder() {
    // State-media style: "[Title] of [State] [Name]", a body's committee and its remit, a
    // minister's remit after "for".
    check(
        "Minister of Foreign Affairs of Gondor Elrond Half criticised Mordor.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
    check(
        "Chairman of the Arnor Rangers Committee on International Affairs Leonid Slut criticised Mordor.",
        &["leonid_slut against/ACCUSE mordor asserted"],
    );
    check(
        "Federal Minister for Europe, Integration and Foreign Affairs of Rohan Karin Kness cancelled her visit to Mordor.",
        &[
            "karin_kness against/SANCTION mordor asserted",
            "karin_kness support/CONSULT mordor negated",
        ],
    );
    check(
        "Minister for Foreign Affairs Ann Lind criticised Mordor.",
        &["ann_lind against/ACCUSE mordor asserted"],
    );
    // "Minister of State" with a remit, and a family name with a particle.
    check(
        "Gondorian Minister of State for Foreign Affairs Adel al-Jubar accused Mordor of hostile behaviour.",
        &["adel_al_jubar against/ACCUSE mordor asserted"],
    );
    assert_top(
        "Gondorian Minister of State for Foreign Affairs Adel al-Jubar accused Mordor of hostile behaviour.",
        "adel_al_jubar",
        "gondor",
    );
    check(
        "Minister for Foreign Affairs Kees van Rijn criticised Mordor.",
        &["kees_van_rijn against/ACCUSE mordor asserted"],
    );
}

#[test]
fn top_diplomat_is_the_foreign_minister() {
    check(
        "Gondorian Foreign Minister Elrond Half met Bard Bow. The Gondorian top diplomat criticised Mordor.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half against/ACCUSE mordor asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn the_diplomat_after_an_opening_quotation_is_the_paragraphs_speaker() {
    // Not the last person named ("where … Faramir Hurin lodged a protest"), and "The Foreign
    // Ministry's" opening a sentence is a body's name, not "the foreign [minister]".
    check(
        "Gondorian Foreign Minister Elrond Half summoned the Mordorian envoy. The Foreign Ministry's spokeswoman Maria Zak said the Mordorian envoy was invited to the ministry, where Faramir Hurin lodged a protest. \"We regret Mordor's decision,\" the diplomat stressed.",
        &[
            "elrond_half against/ACCUSE mordor_envoy asserted",
            // (The ministry the envoy was invited to, named "The Foreign Ministry" before.)
            "foreign_ministry against/ACCUSE mordor_envoy reported [maria_zak]",
            "maria_zak against/ACCUSE mordor reported [maria_zak]",
        ],
    );
}

#[test]
fn a_feeling_in_reported_speech_is_reported() {
    check(
        "Elessar Telcontar said Gondor had been unpleasantly surprised by the accusations voiced by Mordor.",
        &[
            "elessar_telcontar against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor reported [elessar_telcontar]",
        ],
    );
}

#[test]
fn an_act_with_only_its_agent_is_remembered_by_its_word() {
    // "the accusations voiced by Mordor" has no target; "the accusations" stands for Mordor.
    check(
        "Mordor voiced accusations of espionage. Gondor summoned the Rohirric envoy. Bard Bow described the accusations as groundless.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "gondor against/ACCUSE rohan_envoy asserted",
        ],
    );
}

#[test]
fn a_headline_speaker_before_a_colon() {
    check(
        "Gondorian Foreign Ministry: Mordor's decision to expel two Gondorian diplomats is groundless",
        &[
            "gondor_foreign_ministry against/ACCUSE mordor asserted",
            "mordor against/SANCTION gondor_diplomats reported [gondor_foreign_ministry]",
        ],
    );
}

#[test]
fn the_one_cited_speaks() {
    // "…, the agency reports, citing X" and an inverted "said" before a long title.
    check(
        "Mordor's decision is groundless, Palantir News reports, citing Head of the Press Service Department of the Ministry of Foreign Affairs of the Republic of Gondor Elrond Half.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
    check(
        "Mordor's decision is groundless, said Head of the Press Service of Gondor Elrond Half.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_long_title_names_a_person_of_its_state() {
    // The holder belongs to the state of the body after "of", not to one in the remit.
    check(
        "First Deputy Chairman of the Arnor Rangers Committee on Gondor Affairs Konstantin Zat accused Rohan of playing with fire.",
        &["konstantin_zat against/ACCUSE rohan asserted"],
    );
    check(
        "Chairman of the Arnor Rangers Committee on International Relations and Inter-Parliamentary Relations Samad Sey criticised Mordor. Sey also praised Gondor.",
        &[
            "samad_sey against/ACCUSE mordor asserted",
            "samad_sey support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn asking_for_an_act_against_someone_is_an_act_against_them() {
    check(
        "Gondor urged Rohan to impose sanctions on Mordor.",
        // (Not against Rohan, asked to act, not to give way.)
        &[
            "gondor against/REQUEST mordor asserted",
            "rohan against/SANCTION mordor hypothetical",
        ],
    );
    // Asking to stop or halt an act asks for none.
    check(
        "Gondor urged Mordor to stop attacking Rohan.",
        &[
            "gondor against/REQUEST mordor asserted",
            "mordor against/ASSAULT rohan hypothetical",
        ],
    );
    check(
        "Gondor urged Mordor to halt the bombardment of Rohan.",
        // (The halting's own hypothetical reading is left as it is.)
        &[
            "gondor against/REQUEST mordor asserted",
            "mordor against/SANCTION rohan hypothetical",
        ],
    );
}

#[test]
fn denying_any_involvement_rejects_the_accuser() {
    check(
        "Gondor blamed Mordor for the attacks. Mordor has denied any involvement.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/REJECT gondor asserted",
        ],
    );
    // "any" stands for what was said only.
    check(
        "Gondor blamed Mordor for the attacks. Rohan condemned any attack.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_envoy_named_after_the_post() {
    check(
        "Rohan summoned Gondor's ambassador in Edoras, Elrond Half, to protest.",
        &["rohan against/ACCUSE elrond_half asserted"],
    );
    // Past a receiving state that discovery kept in the title, with or without a comma.
    check(
        "Mordor criticised Rohan's ambassador to Gondor, Hama Tall, on Friday.",
        &["mordor against/ACCUSE hama_tall asserted"],
    );
    check(
        "Gondor summoned Rohan's Ambassador to Gondor Hama Tall on Friday.",
        &["gondor against/ACCUSE hama_tall asserted"],
    );
    // Not past a receiving state with no one named after it.
    check(
        "Gondor expelled Rohan's ambassador to the Free States on Friday.",
        &["gondor against/SANCTION rohan_ambassador asserted"],
    );
}

#[test]
fn a_knight_is_named_by_the_given_name() {
    check(
        "The panel is chaired by the lawyer Sir Geoffrey Nise. Sir Geoffrey accused Mordor of attempting to silence it.",
        &["geoffrey_nise against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_event_two_agents_did_together_stands_for_both() {
    check(
        "Gondor and Rohan launched strikes on Mordor. Arnor condemned the strikes.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "arnor against/ACCUSE rohan asserted",
            "gondor against/ASSAULT mordor asserted",
            "rohan against/ASSAULT mordor asserted",
        ],
    );
}

#[test]
fn a_verb_after_a_relative_clause_with_two_predicates() {
    check(
        "Mordor, which backs the Easterlings but denies arming them, condemned Gondor.",
        &["mordor against/ACCUSE gondor asserted"],
    );
}

#[test]
fn an_unaffiliated_spokesman_speaks_for_the_state_he_reports() {
    // A body's noun in the title ("foreign ministry spokesman") is part of the attribution,
    // and the spokesman is the state's.
    check(
        "Mordor condemned Gondor, foreign ministry spokesman Nasser Kan said.",
        &[
            "mordor against/ACCUSE gondor reported [nasser_kan]",
            "nasser_kan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn recalling_an_envoy_named_after_the_post_is_against_the_post() {
    check(
        "Gondor recalled its ambassador to Rohan, Elrond Half, for consultations.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Gondor recalled its ambassador to Edoras, Elrond Half, for consultations.",
        &["gondor against/SANCTION rohan asserted"],
    );
}

#[test]
fn judging_an_arrest_with_no_agent_judges_the_state_where_it_happened() {
    check(
        "Bard Bow called the detention of Gondorian journalists in Edoras unacceptable.",
        &[
            "bard_bow against/ACCUSE rohan asserted",
            "rohan against/COERCE gondor_journalists asserted",
        ],
    );
}

#[test]
fn an_unaccented_charge_d_affaires_is_a_title() {
    check(
        "Rohan summoned Gondor's charge d'affaires Elrond Half.",
        &["rohan against/ACCUSE elrond_half asserted"],
    );
    // After a demonym too: "charge" is no accusation there.
    check(
        "Rohan summoned Gondorian charge d'affaires Elrond Half.",
        &["rohan against/ACCUSE elrond_half asserted"],
    );
}

#[test]
fn a_summoned_envoy_with_no_summoner_named_is_summoned_by_the_host() {
    check(
        "Gondor's ambassador to Rohan Elrond Half was summoned to the Foreign Ministry on Monday.",
        &["rohan against/ACCUSE elrond_half asserted"],
    );
    // No post known: no summoner.
    check(
        "Gondorian ambassador Elrond Half was summoned on Monday.",
        &[],
    );
}

#[test]
fn a_displeasure_that_names_its_target() {
    check(
        "Bard Bow said Gondor was disappointed and surprised that Mordor had cancelled the talks.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor reported [bard_bow]",
        ],
    );
    // A worry about what may happen to someone is no act on them.
    check("Gondor is worried that Mordor may be taken over.", &[]);
}

#[test]
fn a_visit_one_is_on_is_the_visitors() {
    // Set off by commas after the visitor, past a compound modifier.
    check(
        "Arnor's king, on a three-day visit to Gondor, met Bard Bow.",
        &[
            "arnor_king support/CONSULT bard_bow asserted",
            "arnor_king support/CONSULT gondor asserted",
            "bard_bow support/CONSULT arnor_king asserted",
        ],
    );
    check(
        "Arnor's king was on a visit to Gondor.",
        &["arnor_king support/CONSULT gondor asserted"],
    );
    check(
        "On a visit to Gondor, Arnor's king condemned Mordor.",
        &[
            "arnor_king against/ACCUSE mordor asserted",
            "arnor_king support/CONSULT gondor asserted",
        ],
    );
    // "pay" is a light verb, and a tour is a visit.
    check(
        "Arnor's king paid a two-day visit to Gondor.",
        &["arnor_king support/CONSULT gondor asserted"],
    );
    check(
        "Arnor's king toured Gondor and Rohan.",
        &[
            "arnor_king support/CONSULT gondor asserted",
            "arnor_king support/CONSULT rohan asserted",
        ],
    );
    check(
        "Arnor's tour of Gondor ended on Sunday.",
        &["arnor support/CONSULT gondor asserted"],
    );
    // "embark on" is a light verb.
    check(
        "Arnor's king embarked on a tour of Gondor and Rohan.",
        &[
            "arnor_king support/CONSULT gondor asserted",
            "arnor_king support/CONSULT rohan asserted",
        ],
    );
}

#[test]
fn encircling_a_state_is_a_show_of_force() {
    check(
        "Mordorian warships encircled Gondor.",
        &["mordor_warships against/MOBILIZE gondor asserted"],
    );
}

#[test]
fn a_visit_by_a_titled_person_is_theirs() {
    check(
        "A planned visit by Rohirric Deputy Prime Minister Eomer Half to Minas Tirith was cancelled.",
        &[
            "eomer_half support/CONSULT gondor negated",
            "gondor against/SANCTION eomer_half asserted",
        ],
    );
}

#[test]
fn a_relative_clause_before_a_report_verb_is_the_narrators() {
    // "Rohan, which holds talks with Gondor, said …": the comma closes the relative clause; the
    // talks are not reported by Rohan.
    check(
        "Rohan, which has been holding talks with Gondor, said it was following the situation.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_receiver_undergoes_what_it_draws_or_wins_from_someone() {
    // "drew criticism from X", "won support from X": X acts on the subject; a possessor before
    // the subject's noun is the one acted on, and "from A and from B" names two.
    check(
        "Gondor drew sharp criticism from Rohan.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    check(
        "Gondor's decision drew criticism from Rohan and from Arnor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Gondor won support from Rohan.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "Mordor executed two Gondorians on Wednesday. The executions drew condemnation from Rohan.",
        &[
            "mordor against/ASSAULT gondor_people asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_role_word_that_is_a_family_name_ends_a_name() {
    // "Julie Bishop": after a given name, "Bishop" is the family name, and it names her alone
    // later; before a name it is still a title ("Bishop Bard Bow").
    check(
        "Gondorian Foreign Minister Julie Bishop accused Mordor of lying. Bishop later condemned Rohan.",
        &[
            "julie_bishop against/ACCUSE mordor asserted",
            "julie_bishop against/ACCUSE rohan asserted",
        ],
    );
    check(
        "Bishop Bard Bow criticised Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_present_form_after_a_demonym_and_a_noun_before_a_verb_is_a_noun() {
    // "Gondorian drug convicts Bard Bow and Elrond Half were executed": "convicts" is a noun.
    check(
        "Gondorian drug convicts Bard Bow and Elrond Half were executed by Mordor.",
        &[
            "mordor against/ASSAULT bard_bow asserted",
            "mordor against/ASSAULT elrond_half asserted",
        ],
    );
    // A headline's verb after a demonym and a noun stays a verb.
    check(
        "Gondorian journalist accuses Mordor of torture",
        &["gondor_journalist against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_body_named_before_a_hyphenated_title_is_its_holders() {
    // "UN Secretary-General X": the hyphenated title is one, and the body before it is the
    // person's (not the document's first state).
    check(
        "Mordor shelled Rohan on Tuesday. White Council Secretary-General Radagast Brown condemned Mordor.",
        &[
            "mordor against/ASSAULT rohan asserted",
            "radagast_brown against/ACCUSE mordor asserted",
        ],
    );
    assert_eq!(
        top_in(
            "Mordor shelled Rohan on Tuesday. White Council Secretary-General Radagast Brown condemned Mordor.",
            "radagast_brown"
        )
        .as_deref(),
        Some("white_council")
    );
}

#[test]
fn a_reported_act_does_not_replace_an_asserted_one_of_its_kind() {
    // "accused Rohan of shelling … first": "the attack" after it is still Mordor's.
    check(
        "Mordor shelled a Rohirric island on Tuesday. Mordor accused Rohan of shelling Mordorian villages first. Gondor condemned the attack.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ACCUSE rohan asserted",
            "mordor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT mordor reported [mordor]",
        ],
    );
}

#[test]
fn a_contrastive_clause_is_not_inside_the_report_before_it() {
    check(
        "\"We will not give in,\" Gondorian minister Bard Bow told the radio, while Rohirric envoy Elrond Half urged Mordor to stop.",
        &["elrond_half against/REQUEST mordor asserted"],
    );
}

#[test]
fn an_event_noun_before_a_second_predicate_stands_for_its_agent() {
    // "condemned the attack and called on X": "on" is the second predicate's, not the
    // attack's own party.
    check(
        "Mordor shelled a Rohirric island on Tuesday. Gondor condemned the attack and called on Arnor to act. Bard Bow called the attack \"unpardonable\".",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor asserted",
            "gondor against/REQUEST arnor asserted",
            "mordor against/ASSAULT rohan asserted",
        ],
    );
}

#[test]
fn a_city_attacked_names_its_state() {
    // A city of cities.tsv names its state after an attack verb or "strikes on", as after a
    // place preposition; elsewhere it names no one.
    check(
        "Mordorian forces shelled Pelargir on Sunday.",
        &["mordor_forces against/ASSAULT gondor asserted"],
    );
    check(
        "Mordor launched missile strikes on Pelargir.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    check("Pelargir's mayor condemned the decision.", &[]);
    // Also annexed, besieged, and after "of" an attack's noun ("the annexation of Crimea").
    check(
        "Mordor annexed Osgiliath.",
        &["mordor against/ASSAULT gondor asserted"],
    );
    check(
        "Mordor besieged Osgiliath.",
        &["mordor against/COERCE gondor asserted"],
    );
    check(
        "The annexation of Osgiliath by Mordor was condemned by Rohan.",
        &[
            "mordor against/ASSAULT gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_headlines_second_predicate_keeps_its_subject_and_noun_object() {
    // "X sanctions A and halts climate talks with B": the second present form is a verb of the
    // same subject, and "talks" after a verb and a modifier is its object noun.
    check(
        "Mordor sanctions Bard Bow and halts climate talks with Gondor",
        &[
            "mordor against/SANCTION bard_bow asserted",
            "mordor against/SANCTION gondor asserted",
        ],
    );
    check(
        "Mordor expels Bard Bow and condemns Gondor",
        &[
            "mordor against/ACCUSE gondor asserted",
            "mordor against/SANCTION bard_bow asserted",
        ],
    );
}

#[test]
fn his_or_her_before_an_act_noun_is_the_person_named_last() {
    check(
        "Mordor imposed sanctions on Bard Bow in retaliation for his visit to Gondor.",
        &[
            "bard_bow support/CONSULT gondor asserted",
            "mordor against/SANCTION bard_bow asserted",
        ],
    );
    // A person's own arrest is done to them.
    check(
        "Bard Bow was detained on Monday. Gondor condemned his arrest by Mordor.",
        &["mordor against/COERCE bard_bow asserted"],
    );
}

#[test]
fn ending_a_cooperative_act_is_against_its_partner() {
    // "cease to recognise", "stopped supporting", "no longer backs": read as "suspend".
    check(
        "Rohan said it would cease to recognise Bard Bow as king.",
        &["rohan against/SANCTION bard_bow reported [rohan]"],
    );
    check(
        "Mordor stopped supporting Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "Mordor no longer supports Gondor.",
        &["mordor against/SANCTION gondor asserted"],
    );
}

#[test]
fn asking_someone_for_a_cooperative_act_for_oneself_is_an_appeal_not_an_act_against() {
    check(
        "Bard Bow called on Gondor and Arnor to support his government.",
        &[
            "bard_bow support/CONSULT arnor asserted",
            "bard_bow support/CONSULT gondor asserted",
            "arnor support/SUPPORT rohan hypothetical",
            "gondor support/SUPPORT rohan hypothetical",
        ],
    );
    check(
        "Rohan urged Gondor to attack Mordor.",
        &[
            "gondor against/ASSAULT mordor hypothetical",
            "rohan against/REQUEST mordor asserted",
        ],
    );
}

#[test]
fn asking_someone_to_back_a_third_party_still_presses_them() {
    check(
        "Rohan urged Mordor to recognise Gondor.",
        &[
            "mordor support/SUPPORT gondor hypothetical",
            "rohan against/REQUEST mordor asserted",
        ],
    );
}

#[test]
fn a_journeys_purpose_is_the_travellers_act() {
    check(
        "Bard Bow flew to Minas Tirith on Friday for talks with Elessar Telcontar.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "bard_bow support/CONSULT gondor asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    // Asking for talks holds none.
    check("Mordor called for talks with Gondor.", &[]);
}

#[test]
fn an_as_phrase_before_a_second_predicate_opens_no_clause() {
    // "as the capital of Gondor" has no verb: the conjunct's subject is the sentence's.
    check(
        "The White Council recognised Minas Tirith as the capital of Gondor and rejected Mordor's decision.",
        &[
            "white_council against/REJECT mordor asserted",
            "white_council support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_headline_judges_in_single_quotes_and_a_states_name_before_a_deed() {
    check(
        "Rohan calls Gondor decision 'null and void'",
        &["rohan against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan called the Gondor move unacceptable.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    // A state's name before a noun that is no deed names no agent ("the Gondor war").
    check("Rohan called the Gondor war illegal.", &[]);
}

#[test]
fn judging_verbs_and_declarations_in_state_media_style() {
    check(
        "Mordor declared two Gondorian diplomats persona non grata.",
        &["mordor against/SANCTION gondor_diplomats asserted"],
    );
    check(
        "The Mordorian foreign ministry regarded Gondor's decision as absolutely groundless.",
        &["mordor_foreign_ministry against/ACCUSE gondor asserted"],
    );
    check(
        "Bard Bow described the Gondorian accusations as \"politicised\".",
        &["bard_bow against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_fuller_name_is_the_person_named_before() {
    // "Bard Bowman", then "Bard Bowman de Dale": one person; a complaint to an international
    // body is not against it.
    check(
        "Bard Bowman takes complaint to the White Council\n\nGondorian President Bard Bowman de Dale accused Mordor of arrogance.",
        &["bard_bowman against/ACCUSE mordor asserted"],
    );
}

#[test]
fn it_is_regrettable_that_judges_the_clauses_subject() {
    check(
        "\"It is regrettable that Mordor is attempting to cast a shadow over the summit,\" Bard Bow added.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_finite_second_predicate_is_no_infinitive_and_member_states_no_report() {
    // "calls on A to impose sanctions on B and urges C": "urges" joins "calls on" (asserted,
    // the same subject); "the member states" is a noun, no reporting verb.
    check(
        "The White Council calls on Rohan and the member states of the Free States League to impose sanctions on Mordorian officials and urges Gondor to act.",
        &[
            "free_states against/SANCTION mordor_officials hypothetical",
            "white_council against/REQUEST gondor asserted",
            "white_council against/REQUEST rohan asserted",
        ],
    );
}

#[test]
fn double_standards_are_charged_to_whom_they_are_said_of() {
    check(
        "Bard Bow said Mordor had once again demonstrated its double standards.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn agency_idioms_name_the_narrator_and_a_remit_ends_before_a_comma() {
    // "It should be noted that …" is the narrator's statement; a remit title's name ends
    // before the comma after it.
    check(
        "It should be noted that on the same day Bard Bow held a telephone conversation with White Council Commissioner for Climate Action Radagast Brown, during which the sides discussed trade.",
        &[
            "bard_bow support/CONSULT radagast_brown asserted",
            "radagast_brown support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn an_envoy_invited_to_the_foreign_ministry_is_summoned() {
    // State-media style for a summons; an invitation of anyone else stays one.
    check(
        "Gondor's Ambassador to Mordor Bard Bow was invited to the Mordorian Foreign Ministry on Friday.",
        &["mordor_foreign_ministry against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn talks_after_which_someone_speaks_are_the_speakers() {
    check(
        "Bard Bow told reporters after talks with Elessar Telcontar that the accusations were groundless.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    // Also at a meeting, or a joint press conference, with someone.
    check(
        "Bard Bow said at a meeting with Elessar Telcontar that the accusations were groundless.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "At a joint press conference with Elessar Telcontar, Bard Bow demanded that Mordor hand over the rebels.",
        &[
            "bard_bow against/REQUEST mordor asserted",
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    // With no clause verb before, nobody is named.
    check("The deal was signed after talks with Gondor.", &[]);
}

#[test]
fn a_headline_feeling_drops_its_copula() {
    check(
        "Mordor deeply disappointed by Gondor's decision",
        &["mordor against/ACCUSE gondor asserted"],
    );
    // In a sentence the copula is needed: "Mordor, disappointed by …" is no statement.
    check("Mordor deeply disappointed by Gondor's decision.", &[]);
}

#[test]
fn an_agent_noun_after_a_possessor_links_in_apposition_or_predication() {
    check(
        "Rohan, Gondor's main ally, urged restraint.",
        &["rohan support/AGREE gondor asserted"],
    );
    check(
        "Rohan is Gondor's closest ally.",
        &["rohan support/AGREE gondor asserted"],
    );
}

#[test]
fn terror_acts_named_by_a_speaker_charge_their_agent() {
    check(
        "Bard Bow said the decision was a reward for Mordor's \"terror acts\".",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor called the killing an act of terror by Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_deed_opening_a_passive_clause_stands_for_its_agent() {
    check(
        "Gondor's decision to withdraw from the treaty was condemned by Arnor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "The decision by Gondor to expel two diplomats was condemned by Arnor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "The Gondorian decision to expel two diplomats was condemned by Arnor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    // An act's agent, not its victim.
    check(
        "Gondor's invasion of Rohan was condemned by Arnor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/ASSAULT rohan asserted",
        ],
    );
    check("The arrest of Gondor's envoy was condemned by Arnor.", &[]);
    // A long subject with a reduced relative ("announced by") and a relative clause; the
    // passives joined to the first share its subject.
    check(
        "The decision announced by King Elessar Telcontar on 8 May to withdraw Gondor from \
         the accord, the 2015 pact which had traded limits for relief, was welcomed by Rohan \
         and Mordor, was deplored by Arnor, and was denounced by the Free States League as a \
         betrayal.",
        &[
            "arnor against/ACCUSE elessar_telcontar asserted",
            "free_states against/ACCUSE elessar_telcontar asserted",
            "mordor support/SUPPORT elessar_telcontar asserted",
            "rohan support/SUPPORT elessar_telcontar asserted",
        ],
    );
}

#[test]
fn a_reduced_passive_joined_to_a_passive_shares_its_subject() {
    check(
        "Gondor expelled Rohan's ambassador. The decision was strongly condemned by Arnor and \
         welcomed by Mordor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/SANCTION rohan_ambassador asserted",
            "mordor support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_passive_judgement_may_put_its_as_phrase_before_the_agent() {
    check(
        "Gondor's annexation of Ithilien was condemned as illegal by Arnor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Gondor annexed Ithilien, a move rejected as \"a blatant violation of the treaty\" by \
         Arnor and Rohan.",
        &[
            "arnor against/REJECT gondor asserted",
            "rohan against/REJECT gondor asserted",
        ],
    );
    // "as" opening a clause is no judgement's phrase.
    check("Gondor's envoy was detained as he left by car.", &[]);
}

#[test]
fn a_summary_noun_with_which_stands_for_the_act_before() {
    check(
        "Gondor responded by triggering the dispute mechanism, a step which was condemned by \
         Arnor as a mistake.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Gondor annexed Ithilien, a step that was condemned by Arnor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    // Not the act of a clause opening the sentence.
    check(
        "When Mordor began to exceed the limits, the council responded by triggering its \
         mechanism, a step which was condemned by Arnor.",
        &[],
    );
}

#[test]
fn a_person_voicing_their_states_support_is_its_source() {
    // Found in the text, with the state's demonym in the title.
    check(
        "Arnorian President Aldo Ferri expressed Arnor's firm support for Gondor.",
        &["aldo_ferri support/SUPPORT gondor asserted"],
    );
}

#[test]
fn regret_expressed_to_someone_is_an_apology() {
    check(
        "Elessar Telcontar expressed his regrets to Bard Bow.",
        &["elessar_telcontar support/CONCEDE bard_bow asserted"],
    );
    check(
        "Gondor expressed regret over Rohan's decision.",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn an_infinitive_of_a_journeys_purpose_is_the_travellers() {
    check(
        "Bard Bow flew to Bree on Friday to express solidarity with Gondor.",
        &[
            "bard_bow support/CONSULT arnor asserted",
            "bard_bow support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_plural_title_gives_each_listed_name_its_state() {
    // Each of "Arnorian presidents A and B" is Arnor's: the visit to Rohan is no visit to
    // one's own state, though Rohan is named most.
    check(
        "Rohan and Rohan. Former Arnorian presidents Aldo Ferri and Bruno Galt travelled to \
         Edoras in an attempt to mediate.",
        &[
            "aldo_ferri support/CONSULT rohan asserted",
            "bruno_galt support/CONSULT rohan asserted",
        ],
    );
    // "Presidents A of X, B of Y and C of Z": each of their own state, and coordinated.
    check(
        "Presidents Aldo Ferri of Arnor, Bruno Galt of Gondor and Carl Dunn of Mordor \
         travelled to Bree on Thursday to express their solidarity with Rohan.",
        &[
            "aldo_ferri support/SUPPORT rohan asserted",
            "bruno_galt support/CONSULT arnor asserted",
            "bruno_galt support/SUPPORT rohan asserted",
            "carl_dunn support/CONSULT arnor asserted",
            "carl_dunn support/SUPPORT rohan asserted",
        ],
    );
}

#[test]
fn fellow_travellers_and_co_mediators_do_not_act_on_each_other() {
    check("Aldo Ferri and Bruno Galt travelled to Bree.", &[]);
    check(
        "Aldo Ferri and Bruno Galt mediated between Rohan and Mordor.",
        &[
            "aldo_ferri support/CONSULT mordor asserted",
            "aldo_ferri support/CONSULT rohan asserted",
            "bruno_galt support/CONSULT mordor asserted",
            "bruno_galt support/CONSULT rohan asserted",
        ],
    );
}

#[test]
fn a_title_in_apposition_after_a_name_is_that_persons() {
    check(
        "Elrond Half, Gondorian Foreign Minister, criticised Rohan.",
        &["elrond_half against/ACCUSE rohan asserted"],
    );
    // The title gives the person their state: a trip to Rohan is a visit.
    check(
        "Rohan and Rohan. Elrond Half, Gondorian Foreign Minister, travelled to Edoras.",
        &["elrond_half support/CONSULT rohan asserted"],
    );
}

#[test]
fn a_listed_holder_whose_term_began_after_the_documents_years_is_not_the_one_meant() {
    // Wang Ecthelion has been Gondor's president since 2020 (fixture lexicon).
    check(
        "In 2015 the Gondorian President criticised Rohan.",
        &["gondor_president against/ACCUSE rohan asserted"],
    );
    check(
        "In 2023 the Gondorian President criticised Rohan.",
        &["wang_ecthelion against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_present_form_after_of_and_a_modifier_is_no_main_verb() {
    // "shells" is a noun: the participle's subject is the main clause's, not the dateline's.
    check(
        "EDORAS, Rohan (AP) - Mordor bombarded a Rohirric village with dozens of artillery \
         shells Tuesday, killing two Rohirric sailors.",
        &[
            "mordor against/ASSAULT rohan asserted",
            "mordor against/ASSAULT rohan_sailors asserted",
        ],
    );
}

#[test]
fn ending_ones_own_ties_with_a_partner_is_against_the_partner() {
    check(
        "Bard Bow threatened to suspend Rohan's diplomatic relations with Gondor.",
        &[
            "bard_bow against/SANCTION gondor hypothetical",
            "bard_bow against/THREATEN gondor asserted",
        ],
    );
    // Not any noun with a "with" phrase.
    check(
        "Arnor sanctioned Mordor's trade with Gondor.",
        &["arnor against/SANCTION mordor asserted"],
    );
}

#[test]
fn passives_joined_across_an_as_phrase_share_their_subject() {
    check(
        "Gondor's decision to leave the pact was condemned by Arnor as \"a betrayal\", and was \
         denounced by Rohan and Mordor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "mordor against/ACCUSE gondor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn hearsay_about_someone_is_not_their_report_and_covers_its_own_clause() {
    // "Bard Bow was reported to have opposed …" makes no one a speaker of what follows.
    check(
        "The pact, which Bard Bow was reported to have privately opposed, was followed by \
         Gondor's recognition of Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
}

#[test]
fn burning_a_flag_protests_against_its_state() {
    check(
        "About 200 protesters from the Free States League burned Gondorian flags outside the \
         Gondorian embassy on Thursday.",
        &[
            "free_states against/PROTEST gondor asserted",
            "free_states against/PROTEST gondor_embassy asserted",
        ],
    );
    check("Rohirric rioters burned cars in Edoras.", &[]);
}

#[test]
fn a_title_with_a_modifier_stands_for_the_one_named_with_it() {
    check(
        "Gondorian Foreign Minister Aldo Ferri spoke. The Foreign Minister criticised Rohan.",
        &["aldo_ferri against/ACCUSE rohan asserted"],
    );
    // An accusation's "of" is no title's: "accused the minister of lying".
    check(
        "Gondorian Foreign Minister Aldo Ferri spoke. Bard Bow accused the minister of \
         mishandling the crisis.",
        &["bard_bow against/ACCUSE aldo_ferri asserted"],
    );
    // "the prime minister" is not the deputy prime minister named before.
    check(
        "Gondorian Deputy Prime Minister Aldo Ferri spoke. Bard Bow accused the Prime Minister \
         of lying.",
        &[],
    );
}

#[test]
fn the_head_before_a_reduced_relative_is_the_subject() {
    // Not the person inside the agent phrase of "angered by …".
    check(
        "Thousands of Rohirric protesters angered by cartoons of Elessar Telcontar set fire to \
         the Gondorian embassy on Saturday.",
        &["rohan_protesters against/ASSAULT gondor_embassy asserted"],
    );
}

#[test]
fn coordinated_demonyms_share_their_noun() {
    check(
        "Rohirric protesters torched the Gondorian and Arnorian embassies.",
        &[
            "rohan_protesters against/ASSAULT arnor_embassies asserted",
            "rohan_protesters against/ASSAULT gondor_embassies asserted",
        ],
    );
}

#[test]
fn the_government_reported_by_a_person_of_a_state_is_that_states() {
    check(
        "Gondorian Information Minister Aldo Ferri said the government regretted the attack \
         but blamed Rohan for failing to act.",
        &[
            "aldo_ferri against/ACCUSE rohan asserted",
            "gondor_government against/ACCUSE rohan reported [aldo_ferri]",
        ],
    );
}

#[test]
fn opposing_a_deployment_of_forces_is_against_those_forces() {
    check(
        "Rohan opposed the deployment of Gondorian troops.",
        &["rohan against/REJECT gondor_troops asserted"],
    );
}

#[test]
fn a_joint_communique_signed_by_two_is_their_agreement() {
    check(
        "Gondorian Foreign Minister Aldo Ferri and his Rohirric counterpart Bruno Galt signed a \
         joint communiqué in Edoras.",
        &[
            "aldo_ferri support/AGREE bruno_galt asserted",
            "bruno_galt support/AGREE aldo_ferri asserted",
        ],
    );
}

#[test]
fn whom_after_a_named_group_is_the_object_of_the_relative_clause() {
    check(
        "Gondorian troops advanced into Rohan in pursuit of Free States League militants, whom \
         Arnor blames for the kidnappings.",
        &["arnor against/ACCUSE free_states asserted"],
    );
}

#[test]
fn armed_forces_crossing_into_a_state_make_an_incursion() {
    check(
        "Gondorian troops crossed into Rohan on Thursday.",
        &["gondor_troops against/ASSAULT rohan asserted"],
    );
    check(
        "Gondorian warplanes crossed the border into Rohirric airspace.",
        &["gondor_warplanes against/ASSAULT rohan asserted"],
    );
    // Not anyone crossing: refugees flee.
    check("Gondorian refugees crossed into Rohan.", &[]);
}

#[test]
fn a_peer_named_by_one_name_keeps_the_title() {
    check(
        "Former civil service chief Lord Halbarad has criticised Gondor. Bard Bow accused Lord \
         Halbarad of lying. Halbarad criticised Gondor again.",
        &[
            "bard_bow against/ACCUSE lord_halbarad asserted",
            "lord_halbarad against/ACCUSE gondor asserted",
            "lord_halbarad against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_middle_initial_without_its_full_stop_is_part_of_the_name() {
    check(
        "Bard Bow has been accused of criticising Aldo K Ferri's policies.",
        &["bard_bow against/ACCUSE aldo_k_ferri reported"],
    );
}

#[test]
fn a_relative_clause_before_its_antecedents_report_verb_is_no_report() {
    // "X, who summoned Y, Z, said …": X speaks; the relative clause is the narrator's.
    check(
        "The foreign minister, Bard Bow, who summoned the Gondorian ambassador, Faramir Hurin, \
         on Monday and froze all business with Minas Tirith, said she was delighted.",
        &[
            "bard_bow against/ACCUSE faramir_hurin asserted",
            "bard_bow against/SANCTION gondor asserted",
        ],
    );
}

#[test]
fn a_reporting_verb_used_as_a_light_verb_reports_nothing() {
    check(
        "Bard Bow announced the release of the Gondorian sailors seized by Mordor.",
        &[
            "bard_bow support/CONCEDE gondor_sailors asserted",
            "mordor against/COERCE gondor_sailors asserted",
        ],
    );
    check(
        "Bard Bow announced that Gondor had attacked Mordor.",
        &[
            "bard_bow against/ACCUSE gondor asserted",
            "gondor against/ASSAULT mordor reported [bard_bow]",
        ],
    );
}

#[test]
fn a_release_is_done_to_whom_its_of_or_possessive_names() {
    check(
        "Gondor freed two Rohirric sailors.",
        &["gondor support/CONCEDE rohan_sailors asserted"],
    );
    // "his release" is undergone, no act of the one campaigning for it: "the release" later is
    // Gondor's.
    check(
        "Gondor released Bard Bow. Elessar Telcontar, who campaigned for his release for six \
         years, welcomed the news. The White Council welcomed the release.",
        &[
            "gondor support/CONCEDE bard_bow asserted",
            "white_council support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn and_before_a_name_and_its_verb_after_a_prepositions_object_joins_clauses() {
    // Neither "solidarity with … the League" nor "Gondor … voiced concern".
    check(
        "The White Council expressed solidarity with Gondor and the Free States League voiced \
         concern at Mordor's seizure of the ship.",
        &[
            "free_states against/ACCUSE mordor asserted",
            "white_council support/SUPPORT gondor asserted",
        ],
    );
    check(
        "Arnor signed deals with Gondor and Rohan.",
        &[
            "arnor support/AGREE gondor asserted",
            "arnor support/AGREE rohan asserted",
        ],
    );
}

#[test]
fn talks_held_between_two_parties_are_theirs() {
    // After an occasion word the consultation's noun is an event: its parties consult each
    // other.
    check(
        "The deal was signed after talks between Arnor and Gondor.",
        &[
            "arnor support/CONSULT gondor asserted",
            "gondor support/CONSULT arnor asserted",
        ],
    );
    check(
        "A series of telephone calls between Faramir Hurin and Bard Bow ended the row.",
        &[
            "bard_bow support/CONSULT faramir_hurin asserted",
            "faramir_hurin support/CONSULT bard_bow asserted",
        ],
    );
    // So is one counted, or said to happen.
    check(
        "There have been three meetings between Arnor and Gondor.",
        &[
            "arnor support/CONSULT gondor asserted",
            "gondor support/CONSULT arnor asserted",
        ],
    );
    check(
        "Talks between Arnor and Gondor resumed in Edoras.",
        &[
            "arnor support/CONSULT gondor asserted",
            "gondor support/CONSULT arnor asserted",
        ],
    );
    // An agreement between two is theirs.
    check(
        "The 2015 deal between Arnor and Gondor was meant to settle the dispute.",
        &[
            "arnor support/AGREE gondor asserted",
            "gondor support/AGREE arnor asserted",
        ],
    );
    // A process or a standing relation is a mere co-mention.
    check(
        "Peace negotiations between Arnor and Gondor have made little progress.",
        &[],
    );
    check("The partnership between Arnor and Gondor is strong.", &[]);
}

#[test]
fn advisers_aides_and_counsellors_are_titles() {
    check(
        "Gondorian national security adviser Aldo Ferri accused Mordor of lying.",
        &["aldo_ferri against/ACCUSE mordor asserted"],
    );
    check(
        "A presidential aide, Bruno Galt, criticised Rohan.",
        &["bruno_galt against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_fourth_name_word_where_the_name_plainly_ends() {
    check(
        "Arnor condemned State Counsellor Aung San Suu Kyi.",
        &["arnor against/ACCUSE aung_san_suu_kyi asserted"],
    );
}

#[test]
fn a_normalisation_with_a_state_supports_it() {
    check(
        "Rohan's own normalisation with Gondor was welcomed.",
        &["rohan support/AGREE gondor asserted"],
    );
    check("Normalisation must follow the creation of a state.", &[]);
}

#[test]
fn relations_are_an_act_only_as_a_light_verbs_object() {
    check(
        "Arnor established full diplomatic relations with Gondor in 2019.",
        &["arnor support/COOPERATE gondor asserted"],
    );
    check(
        "Arnor restored diplomatic relations with Gondor.",
        &["arnor support/COOPERATE gondor asserted"],
    );
    check("Arnor's relations with Gondor are tense.", &[]);
    check(
        "Arnor had never sought a deterioration of relations with its neighbours.",
        &[],
    );
    // Ending one's own relations is still against the partner.
    check(
        "Arnor suspended its diplomatic relations with Gondor.",
        &["arnor against/SANCTION gondor asserted"],
    );
}

#[test]
fn a_datelines_credit_in_parentheses_is_no_antecedent() {
    check(
        "MINAS TIRITH, April 25 (Palantir News) -- Gondor opposes attempts by Mordor to \
         disrupt its cooperation with Rohan.",
        &[
            "gondor against/REJECT mordor asserted",
            "gondor support/COOPERATE rohan asserted",
        ],
    );
}

#[test]
fn a_place_naming_an_agreement_is_no_actor() {
    check(
        "The White Council called on all sides to respect the Edoras convention.",
        &[],
    );
    check(
        "Arnor urged Mordor to respect the Osgiliath agreements.",
        &["arnor against/REQUEST mordor asserted"],
    );
}

#[test]
fn a_bodys_standing_before_its_noun_keeps_the_body() {
    check(
        "Gondor's interim government expelled Rohan's ambassador.",
        &["gondor_government against/SANCTION rohan_ambassador asserted"],
    );
    check(
        "The Gondorian transitional authorities expelled Rohan's ambassador.",
        &["gondor_authorities against/SANCTION rohan_ambassador asserted"],
    );
}

#[test]
fn a_definite_title_named_in_apposition_takes_over_a_stand_in() {
    // "the ambassador, Aldo Ferri," names the office Rohan's unnamed ambassador held.
    check(
        "Gondor has expelled Rohan's ambassador. Elessar Telcontar said the ambassador, Aldo \
         Ferri, had insulted Gondor.",
        &[
            "aldo_ferri against/ACCUSE gondor reported [elessar_telcontar]",
            "elessar_telcontar against/ACCUSE aldo_ferri asserted",
            "gondor against/SANCTION aldo_ferri asserted",
        ],
    );
    // Not a title with a post: that ambassador may be anyone's.
    check(
        "Gondor has expelled Rohan's ambassador. Elessar Telcontar said the ambassador in \
         Edoras, Aldo Ferri, had been recalled.",
        &["gondor against/SANCTION rohan_ambassador asserted"],
    );
}

#[test]
fn closing_a_border_named_by_its_state_or_listed_by_kind() {
    check(
        "Arnor shuts Gondor border in row over river canal",
        &["arnor against/SANCTION gondor asserted"],
    );
    check(
        "Arnor closed all land, sea and air borders with Gondor on Friday.",
        &["arnor against/SANCTION gondor asserted"],
    );
    // Not a pronoun before the noun.
    check("Rohan objected, and Arnor closed its embassy there.", &[]);
}

#[test]
fn a_demonym_before_a_verbal_acts_noun_is_judged() {
    check(
        "Elessar Telcontar considered the Rohirric protests groundless.",
        &["elessar_telcontar against/ACCUSE rohan asserted"],
    );
    check(
        "Elessar Telcontar called the Rohirric reaction hysterical.",
        &["elessar_telcontar against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_visit_reacted_to_is_the_visitors() {
    check(
        "Elessar Telcontar visited Edoras on Monday. Bard Bow called the visit \"very \
         regrettable\".",
        &[
            "bard_bow against/ACCUSE elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT rohan asserted",
        ],
    );
    // A complementiser is no determiner.
    check(
        "Elessar Telcontar visited Edoras on Monday. Gondor's foreign ministry denied that the \
         visit had any purpose other than courtesy.",
        &["elessar_telcontar support/CONSULT rohan asserted"],
    );
}

#[test]
fn an_envoy_recalled_with_no_recaller_named_is_recalled_by_their_state() {
    check(
        "Gondor's ambassador to Rohan was recalled.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Gondor's ambassador to Rohan, Aldo Ferri, was recalled to Minas Tirith.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check("Aldo Ferri was recalled.", &[]);
}

#[test]
fn an_apposition_after_an_acronym_in_brackets() {
    check(
        "The White Council (WC), the top body, condemned Mordor.",
        &["white_council against/ACCUSE mordor asserted"],
    );
}

#[test]
fn instituting_proceedings_against_a_state_is_legal_action() {
    check(
        "Rohan instituted proceedings against Mordor on 11 November.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_participle_after_a_verbs_object_is_the_verbs_subjects_act() {
    check(
        "Gondor released a video rebutting Mordor's claim.",
        &["gondor against/REJECT mordor asserted"],
    );
    // Not after a person's noun: the envoy accuses.
    check("Gondor expelled an envoy accusing Mordor of spying.", &[]);
}

#[test]
fn a_judgement_of_a_clause_is_of_its_subject() {
    check(
        "Rohan regretted that Gondor had let Bard Bow go.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    check(
        "Rohan said it \"deeply regretted\" that Gondor had let Bard Bow go.",
        &["rohan against/ACCUSE gondor reported [rohan]"],
    );
    check("Rohan regretted that the talks had failed.", &[]);
}

#[test]
fn a_quoted_feeling_about_a_clause() {
    check(
        "Elessar Telcontar said he was \"disappointed\" that Gondor had not arrested Bard Bow.",
        &[
            "elessar_telcontar against/ACCUSE gondor reported [elessar_telcontar]",
            "gondor against/COERCE bard_bow negated",
        ],
    );
}

#[test]
fn warrants_and_defiance() {
    check(
        "The White Council issued an arrest warrant for Bard Bow.",
        &[
            "white_council against/ACCUSE bard_bow asserted",
            "white_council against/COERCE bard_bow asserted",
        ],
    );
    check(
        "Mordor defied the White Council.",
        &["mordor against/REJECT white_council asserted"],
    );
}

#[test]
fn a_delegation_led_by_a_person_is_the_leaders() {
    check(
        "A Gondorian delegation led by Faramir Hurin visited Edoras on Friday and held talks \
         with Bard Bow.",
        &[
            "bard_bow support/CONSULT faramir_hurin asserted",
            "faramir_hurin support/CONSULT bard_bow asserted",
            "faramir_hurin support/CONSULT rohan asserted",
        ],
    );
    check(
        "A delegation led by Faramir Hurin, coordinator of the council, visited Edoras.",
        &["faramir_hurin support/CONSULT rohan asserted"],
    );
}

#[test]
fn leaving_an_organisation_is_against_it() {
    check(
        "Mordor withdrew from the White Council.",
        &["mordor against/REJECT white_council asserted"],
    );
    check(
        "Mordorian troops withdrew from Rohan.",
        &["mordor_troops support/RETREAT rohan asserted"],
    );
}

#[test]
fn a_sanction_from_an_organisation_is_the_organisations() {
    check(
        "Mordor has been suspended from the White Council.",
        &["white_council against/SANCTION mordor asserted"],
    );
    // A headline's passive without its auxiliary.
    check(
        "Mordor suspended from White Council",
        &["white_council against/SANCTION mordor asserted"],
    );
    check(
        "Gondor suspended Rohan from the White Council.",
        &["gondor against/SANCTION rohan asserted"],
    );
}

#[test]
fn a_present_predicate_joins_a_reporting_verb_of_its_form() {
    check(
        "Elessar Telcontar says the suspension was expected and accuses Rohan of bullying.",
        &["elessar_telcontar against/ACCUSE rohan asserted"],
    );
}

#[test]
fn court_rulings_and_remands() {
    check(
        "The White Council ruled in favour of Rohan.",
        &["white_council support/SUPPORT rohan asserted"],
    );
    check(
        "The White Council ruled against Mordor.",
        &["white_council against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor remanded Bard Bow in custody for four months.",
        &["gondor against/COERCE bard_bow asserted"],
    );
}

#[test]
fn a_city_before_a_bodys_noun_names_its_state_s_body() {
    // The city's own police (rolled up to its state).
    check(
        "Osgiliath police detained two Rohirric journalists.",
        &["gondor_osgiliath_police against/COERCE rohan_journalists asserted"],
    );
    // Any other body's noun: the state.
    check(
        "Osgiliath authorities detained two Rohirric journalists.",
        &["gondor against/COERCE rohan_journalists asserted"],
    );
}

#[test]
fn a_clause_a_demand_governs_is_not_yet_an_act() {
    check(
        "Elessar Telcontar demanded that Rohan apologise to Gondor.",
        &[
            "elessar_telcontar against/REQUEST rohan asserted",
            "rohan support/CONCEDE gondor hypothetical",
        ],
    );
}

#[test]
fn a_verbal_act_over_ones_own_people_is_against_the_state_where_it_happens() {
    check(
        "Gondor expressed concern over the treatment of Gondorian journalists in Rohan.",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_ruling_with_no_court_named_is_the_last_courts() {
    check(
        "The Gondorian Supreme Court ruled that Rohan had violated the treaty. Arnor welcomed \
         the ruling.",
        &[
            "arnor support/SUPPORT gondor_supreme_court asserted",
            "gondor_supreme_court against/ACCUSE rohan asserted",
        ],
    );
    // Not a ruling whose body is named.
    check(
        "The Gondorian Supreme Court ruled that Rohan had violated the treaty. Arnor welcomed \
         the ruling of the White Council.",
        &[
            "arnor support/SUPPORT white_council asserted",
            "gondor_supreme_court against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn bewilderment_and_alarm_at_an_act() {
    check(
        "The Gondorian side expressed bewilderment at the actions of the Rohirric police.",
        &["gondor against/ACCUSE rohan_police asserted"],
    );
    check(
        "Gondor expressed alarm at Rohan's decision.",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_judging_noun_after_as_and_denied_reports() {
    check(
        "Gondor regards Rohan's statements as interference in its internal affairs.",
        &["gondor against/COERCE rohan asserted"],
    );
    // A report denied: no comment on the arrests is no report of them.
    check(
        "Gondor has not commented on the arrests of Gondorian journalists in Rohan.",
        &["rohan against/COERCE gondor_journalists asserted"],
    );
    // A denied saying is no act of its speaker.
    check(
        "Gondor did not say that Rohan had attacked Arnor.",
        &["rohan against/ASSAULT arnor reported [gondor]"],
    );
}

#[test]
fn closing_a_body_itself_is_against_it() {
    check(
        "Gondor has closed the Rohirric House, the Rohirric cultural centre in Minas Tirith.",
        &["gondor against/SANCTION rohan_house asserted"],
    );
    check(
        "Gondor shut Palantir News.",
        &["gondor against/SANCTION palantir_news asserted"],
    );
    // A headline ending in the verb.
    check("Rohirric embassy in Minas Tirith closed", &[]);
}

#[test]
fn two_leaders_who_spoke_by_phone_consult_each_other() {
    check(
        "Elessar Telcontar and Bard Bow spoke by phone on Sunday.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_sentence_cut_off_after_a_preposition_is_no_panic() {
    check("Gondor closed its border with", &[]);
}

#[test]
fn no_name_opens_with_a_quantity() {
    // Not "Hundreds of Raizal" as an organisation.
    check("Hundreds of Raizal fishermen accused Gondor of lying.", &[]);
}

#[test]
fn a_demonym_opening_an_agreements_name_is_no_actor() {
    // Leaving the treaty is no retreat from Gondor, nor is the treaty Gondor's, nor its remit
    // an actor.
    check(
        "Arnor withdrew from the Gondorian Treaty on Pacific Settlement.",
        &[],
    );
}

#[test]
fn an_act_of_a_hostile_noun_judges() {
    check(
        "Gondor called Rohan's move an act of aggression.",
        &["gondor against/ASSAULT rohan asserted"],
    );
}

#[test]
fn a_ruling_reacted_to_in_the_passive_and_a_courts_decision() {
    check(
        "The Gondorian Supreme Court ruled against Mordor. The ruling was welcomed by Rohan.",
        &[
            "gondor_supreme_court against/ACCUSE mordor asserted",
            "rohan support/SUPPORT gondor_supreme_court asserted",
        ],
    );
    // "the decision" and "the order" are the court's when its act was the last.
    check(
        "The Gondorian Supreme Court ordered Mordor to free the prisoners. Rohan welcomed the \
         order.",
        &[
            "gondor_supreme_court against/REQUEST mordor asserted",
            "rohan support/SUPPORT gondor_supreme_court asserted",
        ],
    );
    // Not when someone else acted since.
    check(
        "The Gondorian Supreme Court ruled against Mordor. Arnor then expelled Mordor's envoy. \
         Rohan condemned the decision.",
        &[
            "arnor against/SANCTION mordor_envoy asserted",
            "gondor_supreme_court against/ACCUSE mordor asserted",
            "rohan against/ACCUSE arnor asserted",
        ],
    );
}

#[test]
fn an_elliptical_as_did_clause_repeats_the_act() {
    check(
        "Arnor imposed sanctions on Mordor, as did Rohan and the White Council.",
        &[
            "arnor against/SANCTION mordor asserted",
            "rohan against/SANCTION mordor asserted",
            "white_council against/SANCTION mordor asserted",
        ],
    );
    // Not for the target itself.
    check(
        "Arnor criticised Mordor, as did Mordor.",
        &["arnor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_title_with_its_state_after_of_in_a_coordinated_subject() {
    check(
        "Faramir Hurin and President of Rohan Bard Bow thanked Mordor.",
        &[
            "bard_bow support/SUPPORT mordor asserted",
            "faramir_hurin support/SUPPORT mordor asserted",
        ],
    );
}

#[test]
fn the_title_after_of_and_the_head_of_state_name_the_office_holder_later() {
    check(
        "President of the Kingdom of Rohan Bard Bow arrived on Monday. The President accused \
         Mordor of lying.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Rohirric President Bard Bow arrived on Monday. The head of state accused Mordor of \
         lying.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_second_infinitive_shares_the_first_ones_subject() {
    // Not Rohan and Arnor signing treaties with each other.
    check(
        "Gondor agreed to establish relations with Rohan and Arnor and to sign treaties with \
         them.",
        &[
            "gondor support/AGREE arnor asserted",
            "gondor support/AGREE rohan asserted",
        ],
    );
}

#[test]
fn a_states_body_after_its_own_modifiers_and_named_after_its_noun() {
    check(
        "Gondor's sanitary watchdog Gondorstat suspended imports from Rohan. Rohan accused the \
         Gondorian watchdog of lying.",
        &[
            "gondor_watchdog against/SANCTION rohan asserted",
            "rohan against/ACCUSE gondor_watchdog asserted",
        ],
    );
    // Not across an act's word: "attack" is no modifier of the helicopters' owner.
    check(
        "Gondor's attack helicopters struck Rohan.",
        &["gondor against/ASSAULT rohan asserted"],
    );
}

#[test]
fn a_states_body_names_its_state_for_the_two_countries() {
    check(
        "Rohan closed its border with Gondor. Gondor accused Rohan of spying. Rohan denied it. \
         Arnor urged Mordor to mediate. The commander of Rohan's land forces flew to Minas \
         Tirith and announced that the two countries had agreed to resolve their differences.",
        &[
            "arnor support/CONSULT mordor asserted",
            "gondor against/ACCUSE rohan asserted",
            "gondor support/AGREE rohan reported [rohan_forces]",
            "rohan against/SANCTION gondor asserted",
            "rohan support/AGREE gondor reported [rohan_forces]",
            "rohan_forces support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_place_past_a_comma_is_no_agent_of_an_act_and_an_abduction_no_states_act() {
    // The war "in Mordor" is in another clause: the execution is no act of Mordor's.
    check(
        "Arnor condemned the execution, a position Rohan described as shameful by a bloc \
         silent about the war in Mordor.",
        &["rohan against/ACCUSE arnor asserted"],
    );
    check(
        "Arnor condemned the execution in Mordor.",
        &["arnor against/ACCUSE mordor asserted"],
    );
    // Abducted in Bree: not an arrest by Arnor, whose city it is.
    check("Rohan said Faramir Hurin was abducted in Bree.", &[]);
}

#[test]
fn an_abbreviated_state_name_owns_a_lower_case_body_and_a_base_is_closable() {
    check(
        "RK officials accused Mordor of lying.",
        &["rohan_officials against/ACCUSE mordor asserted"],
    );
    // A base is closable, its state named before it past a modifier.
    check(
        "Mordor's parliament voted to close a Rohirric air base.",
        &["mordor_parliament against/SANCTION rohan asserted"],
    );
}

#[test]
fn a_quoted_phrase_before_a_verb_is_no_closing_quotation() {
    // '"aggressive actions" confirmed' attributes nothing before it to anyone.
    check(
        "Faramir Hurin thanked Rohan for its support and said Mordor's \"aggressive actions\" \
         confirmed the threat.",
        &["faramir_hurin support/SUPPORT rohan asserted"],
    );
    check(
        "Rohan urged Mordor to apologise for its \"Nazi\" comment.",
        &["rohan against/REQUEST mordor asserted"],
    );
}

#[test]
fn a_name_and_its_verb_after_an_object_open_a_new_clause() {
    // Faramir Hurin is no second envoy summoned: he speaks.
    check(
        "The Gondorian foreign ministry summoned the Rohirric ambassador, Bard Bow, and its \
         spokesman, Faramir Hurin, called the visit a provocation.",
        &["gondor_foreign_ministry against/ACCUSE bard_bow asserted"],
    );
    check(
        "Gondor attacked Rohan and Mordor condemned the siege.",
        &["gondor against/ASSAULT rohan asserted"],
    );
    // A subject's conjuncts stay together.
    check(
        "On Monday, Rohan and Mordor met in Bree.",
        &[
            "mordor support/CONSULT rohan asserted",
            "rohan support/CONSULT mordor asserted",
        ],
    );
    // Nor is a comma before a verb an inversion with no speaker after it.
    check(
        "Gondor summoned the Rohirric ambassador, Bard Bow, and its spokesman, Faramir Hurin, \
         said the visit was a provocation.",
        &["gondor against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn an_accusations_of_is_no_titles_complement() {
    // "the Rohirric king of lying" is no title: the king named before is accused.
    check(
        "Rohirric King Bard Bow spoke on Monday. Faramir Hurin accused the Rohirric king of \
         lying.",
        &["faramir_hurin against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn a_reporting_verb_inside_a_relative_clause_is_no_boundary() {
    check(
        "Arnor and Rohan, which in December declared their intention to intervene in the case, \
         also condemned Mordor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_courts_order_welcomed_later_is_the_courts() {
    // Others acted since the order; "the order" is still the court's.
    check(
        "The Gondorian Supreme Court ordered Mordor to free the prisoners. Arnor later \
         criticised Mordor. Rohan welcomed the order.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor_supreme_court against/REQUEST mordor asserted",
            "rohan support/SUPPORT gondor_supreme_court asserted",
        ],
    );
}

#[test]
fn a_capitalised_body_of_a_state_named_after_of_is_the_states() {
    check(
        "The Ministry of Culture of Rohan rejected the allegations of Mordor.",
        &["rohan_ministry_of_culture against/REJECT mordor asserted"],
    );
    // Not one of a list: no body of Rohan alone.
    check(
        "The Ministry of Culture of Rohan and Gondor condemned Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn more_groups_named_by_a_demonym() {
    check(
        "Gondorian police detained 33 Rohirric contractors near Osgiliath.",
        &["gondor_police against/COERCE rohan_contractors asserted"],
    );
}

#[test]
fn a_single_quoted_word_after_a_noun_phrase_is_a_noun() {
    check(
        "Gondor banned imports of Rohirric wine. Arnor called the ban \"blackmail\".",
        &[
            "arnor against/COERCE gondor asserted",
            "gondor against/SANCTION rohan asserted",
        ],
    );
}

#[test]
fn a_conjunct_after_a_possessives_titled_person_and_a_number() {
    check(
        "Gondor has expelled Rohan's ambassador and two Mordorian diplomats.",
        &[
            "gondor against/SANCTION mordor_diplomats asserted",
            "gondor against/SANCTION rohan_ambassador asserted",
        ],
    );
}

#[test]
fn ousting_a_leader_is_coercion() {
    check(
        "Faramir Hurin seized power in Gondor in 2006, ousting Elessar Telcontar.",
        &["faramir_hurin against/COERCE elessar_telcontar asserted"],
    );
    // A verbal act on the overthrow is aimed at its agent.
    check(
        "Rohan condemned the overthrow of Elessar Telcontar by Faramir Hurin.",
        &[
            "faramir_hurin against/COERCE elessar_telcontar asserted",
            "rohan against/ACCUSE faramir_hurin asserted",
        ],
    );
}

#[test]
fn a_conjunct_opening_with_a_demonym_title_and_a_new_name() {
    check(
        "Elessar Telcontar met Saruman White and Rohirric Prime Minister Costas Simitis.",
        &[
            "costas_simitis support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT costas_simitis asserted",
            "elessar_telcontar support/CONSULT saruman_white asserted",
            "saruman_white support/CONSULT elessar_telcontar asserted",
        ],
    );
}

#[test]
fn agreeing_to_a_hostile_act_is_that_act_not_an_agreement_with_its_target() {
    check(
        "The White Council agreed new sanctions against Mordor.",
        &["white_council against/SANCTION mordor asserted"],
    );
    check(
        "Gondor agreed a ceasefire with Mordor.",
        &["gondor support/AGREE mordor asserted"],
    );
}

#[test]
fn a_parliaments_own_name_is_a_states_body_and_no_name_word() {
    check(
        "The Rohirric Knesset condemned Mordor.",
        &["rohan_knesset against/ACCUSE mordor asserted"],
    );
    check(
        "Chairman of the Energy Committee of the Rohirric Majlis Fereydoun Hassanvand \
         condemned Mordor.",
        &["fereydoun_hassanvand against/ACCUSE mordor asserted"],
    );
}

#[test]
fn complaining_and_the_addressee_of_a_verbal_act() {
    check(
        "Rohirric officials complained that Gondor pays too little for the base.",
        &["rohan_officials against/ACCUSE gondor asserted"],
    );
    // The one told is the addressee; the act is against whom "over"/"about" names.
    check(
        "Rohan protested to the White Council over Mordor's actions.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan complained to Mordor about the incursion.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_envoy_named_by_the_state_after_of_is_a_person_of_that_state() {
    check(
        "Gondor summoned the ambassador of Mordor.",
        &["gondor against/ACCUSE mordor_ambassador asserted"],
    );
    // Also by its mission, past a post, and with a receiving state after "to".
    check(
        "The Gondorian Foreign Ministry summoned the chargé d'affaires of the Mordorian Embassy \
         in Minas Tirith and handed him a note.",
        &["gondor_foreign_ministry against/ACCUSE mordor_chargé_d_affaires asserted"],
    );
    check(
        "Gondor summoned the Ambassador of Mordor to Gondor on Monday.",
        &["gondor against/ACCUSE mordor_ambassador asserted"],
    );
    // The same office as the state's unnamed envoy named before.
    check(
        "Gondor expelled Rohan's ambassador. Later the ambassador of Rohan criticised Gondor.",
        &[
            "gondor against/SANCTION rohan_ambassador asserted",
            "rohan_ambassador against/ACCUSE gondor asserted",
        ],
    );
    // Not when a name follows in apposition.
    check(
        "Gondor summoned the ambassador of Mordor, Bard Bow, on Monday.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_cue_verbs_object_noun_may_look_like_a_verb() {
    // A present form after a plain modifier, whatever its ending: "gas supplies".
    check(
        "Gondor halted gas supplies to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    // A bare form that is also a noun cue.
    check(
        "Gondor halted military aid to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    // Not an infinitive.
    check(
        "Gondor agreed to aid Rohan.",
        &["gondor support/AID rohan asserted"],
    );
}

#[test]
fn a_sentence_opening_it_before_a_verb_is_the_body_that_opened_the_sentence_before() {
    check(
        "Palantir News reported on Monday. It also accused Rohan of lying.",
        &["palantir_news against/ACCUSE rohan asserted"],
    );
    // Its verbs in a series, one after a time phrase, share it as their subject.
    check(
        "Gondor has accused Rohan of backing rebels. It has closed the border, expelled \
         Rohirric diplomats and in March expelled the Rohirric ambassador.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "gondor against/SANCTION rohan_ambassador asserted",
            "gondor against/SANCTION rohan_diplomats asserted",
            "rohan support/SUPPORT rebels reported [gondor]",
        ],
    );
    // Not when the sentence before opened with no actor, nor an "it" inside a quotation.
    check("The talks collapsed on Monday. It has angered Rohan.", &[]);
    check(
        "Gondor spoke on Monday. \"It condemns Rohan,\" the statement said.",
        &[],
    );
}

#[test]
fn past_verbs_in_a_comma_series_share_the_first_ones_subject() {
    check(
        "Gondor condemned Rohan, expelled Rohirric diplomats and closed its airspace.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "gondor against/SANCTION rohan_diplomats asserted",
        ],
    );
}

#[test]
fn a_present_form_before_a_participle_and_its_agent_is_a_noun() {
    // "order" is no verb here, and the name heading the object is the one expelled, not the
    // founder.
    check(
        "Mordor expelled the White Council order founded by Bard Bow.",
        &["mordor against/SANCTION white_council asserted"],
    );
}

#[test]
fn approving_or_ratifying_someones_bid_supports_them() {
    check(
        "Rohan's parliament approved Gondor's bid on March 27.",
        &["rohan_parliament support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan voted to ratify Gondor's membership.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    // Approving a hostile act is that act; ratified by two is no support between them.
    check(
        "The White Council approved new sanctions against Mordor.",
        &["white_council against/SANCTION mordor asserted"],
    );
    check("The decision must be ratified by Gondor and Rohan.", &[]);
}

#[test]
fn a_condition_or_a_question_is_hypothetical() {
    check(
        "If Mordor attacks Rohan, Gondor will respond.",
        &["mordor against/ASSAULT rohan hypothetical"],
    );
    check(
        "Elessar Telcontar asked whether Mordor had attacked Rohan.",
        &["mordor against/ASSAULT rohan hypothetical"],
    );
    check(
        "Should Gondor sanction Mordor?",
        &["gondor against/SANCTION mordor hypothetical"],
    );
    check(
        "The ballot will ask: \"Should Gondor approve the treaty with Rohan?\"",
        &[
            "gondor support/AGREE rohan hypothetical",
            "gondor support/SUPPORT rohan hypothetical",
        ],
    );
    // Not a condition after the act, nor a question later in the sentence.
    check(
        "Mordor attacked Rohan, if reports are true.",
        &["mordor against/ASSAULT rohan asserted"],
    );
    check(
        "Mordor attacked Rohan, but should Gondor respond?",
        &["mordor against/ASSAULT rohan asserted"],
    );
}

#[test]
fn a_place_naming_a_statute_is_no_actor() {
    check("Rohan ratified the Edoras Statute in 2024.", &[]);
}

#[test]
fn an_envoys_long_title_may_name_the_post_before_the_name() {
    check(
        "Gondor summoned Chargé d'Affaires of Rohan in Mordor Aldo Ferri and demanded an \
         apology.",
        &["gondor against/ACCUSE aldo_ferri asserted"],
    );
    // The object may lie past a long title's capitalised words.
    check(
        "The Gondorian Foreign Ministry on Wednesday summoned Acting Chargé d'Affaires of Rohan \
         in Minas Tirith Aldo Ferri.",
        &["gondor_foreign_ministry against/ACCUSE aldo_ferri asserted"],
    );
}

#[test]
fn a_conjunct_set_off_after_a_reported_clause_joins_the_reporting_verb() {
    check(
        "The Gondorian Embassy said that Rohan's accession would damage relations, and blamed \
         the Rohirric leadership for the crisis.",
        &["gondor_embassy against/ACCUSE rohan_leadership asserted"],
    );
}

#[test]
fn the_antecedent_of_whose_acts_through_what_it_owns() {
    // A name after a preposition in the clause is no head; "to" there is no infinitive.
    check(
        "The plan was backed by Elessar Telcontar, whose report to the White Council blamed \
         Mordor.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    // The verb after the relative clause, past an acronym in brackets.
    check(
        "Faramir Hurin, whose party defeated the Isengard Council (IC) in the election, \
         criticised Mordor.",
        &["faramir_hurin against/ACCUSE mordor asserted"],
    );
    // Not when the owned one is named.
    check(
        "Gondor, whose President Elessar Telcontar had clashed with Bard Bow, sent troops.",
        &[
            "bard_bow against/ASSAULT elessar_telcontar asserted",
            "elessar_telcontar against/ASSAULT bard_bow asserted",
        ],
    );
}

#[test]
fn an_ing_adjunct_after_an_infinitives_object_is_the_clauses_subjects() {
    check(
        "Elessar Telcontar called on Gondorians to boycott Rohirric goods, accusing Bard Bow of \
         lying.",
        // (Gondorians are asked to act, not to give way: no act against them.)
        &["elessar_telcontar against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn meeting_without_someone_is_no_meeting_with_them() {
    check(
        "The leaders of the White Council met without Mordor in Bree.",
        &[],
    );
}

#[test]
fn a_bare_form_after_the_and_a_singular_name_is_a_noun() {
    check(
        "Gondor has sought to use the Rohan question to contain Mordor.",
        &[],
    );
}

#[test]
fn a_second_conjunct_whose_first_has_no_known_subject_takes_no_object_as_subject() {
    check(
        "The chiefs at a summit also called on airlines to avoid flying over Mordor and \
         demanded the release of Bard Bow.",
        &[],
    );
}

#[test]
fn a_reduced_relative_with_its_agent_is_no_subject() {
    check(
        "Gondor, backed by Rohan and Arnor, condemned Mordor.",
        &[
            "arnor support/SUPPORT gondor asserted",
            "gondor against/ACCUSE mordor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn the_two_leaders_are_the_first_two_office_holders_of_different_states_named_just_before() {
    check(
        "Gondorian President Wang Ecthelion met Rohirric President Aldo Ferri in Bree. The two \
         presidents signed an agreement.",
        &[
            "aldo_ferri support/AGREE wang_ecthelion asserted",
            "aldo_ferri support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/AGREE aldo_ferri asserted",
            "wang_ecthelion support/CONSULT aldo_ferri asserted",
        ],
    );
    // Not the mediator named after them.
    check(
        "Gondorian President Wang Ecthelion met Rohirric President Aldo Ferri in talks brokered \
         by Mordorian President Sauron Dark. The two leaders agreed to cooperate.",
        &[
            "aldo_ferri support/AGREE wang_ecthelion asserted",
            "aldo_ferri support/CONSULT wang_ecthelion asserted",
            "aldo_ferri support/COOPERATE wang_ecthelion asserted",
            "sauron_dark support/CONSULT aldo_ferri asserted",
            "wang_ecthelion support/AGREE aldo_ferri asserted",
            "wang_ecthelion support/COOPERATE aldo_ferri asserted",
            "wang_ecthelion support/CONSULT aldo_ferri asserted",
        ],
    );
    // Not after a pronoun still unresolved.
    check(
        "Gondorian President Wang Ecthelion met Rohirric President Aldo Ferri. Later he hosted \
         both leaders.",
        &[
            "aldo_ferri support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/CONSULT aldo_ferri asserted",
        ],
    );
}

#[test]
fn an_agreements_topic_is_no_partner() {
    check(
        "Gondor and Rohan signed a deal on Mordor.",
        &[
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    check(
        "Gondor held talks on Mordor with Rohan.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_state_completing_a_places_name_is_no_actor() {
    check("Mordor seized a tanker in the Gulf of Gondor.", &[]);
    check("Mordor seized the Strait of Hormuz.", &[]);
    // A republic's name is its state.
    check(
        "Mordor attacked the Republic of Rohan.",
        &["mordor against/ASSAULT rohan asserted"],
    );
}

#[test]
fn a_surname_that_is_a_word_of_an_organisations_name_names_no_one_alone() {
    // "White" is a word of the White Council's name: no bare surname of Saruman White.
    check("Gondor demands the extradition of White fighters.", &[]);
    // Named in full, the person is found.
    check(
        "Gondor condemned Saruman White.",
        &["gondor against/ACCUSE saruman_white asserted"],
    );
}

#[test]
fn declaring_a_titled_person_persona_non_grata_and_him_as_that_object() {
    // "him" is the person declared, not excluded as a subject: the subject is a state.
    check(
        "Gondor declared Rohan's ambassador Aldo Ferri persona non grata, accusing him of \
         meddling.",
        &[
            "gondor against/ACCUSE aldo_ferri asserted",
            "gondor against/SANCTION aldo_ferri asserted",
        ],
    );
    check(
        "Gondor declared Rohirric ambassador Aldo Ferri persona non grata.",
        &["gondor against/SANCTION aldo_ferri asserted"],
    );
}

#[test]
fn handing_over_to_someone_cooperates_with_them() {
    check(
        "Rohan handed over 32 Gondorian prisoners to Gondor.",
        &["rohan support/COOPERATE gondor asserted"],
    );
    // A note of protest handed over is a protest.
    check(
        "Rohan handed over a note of protest to Gondor.",
        &["rohan against/ACCUSE gondor asserted"],
    );
    // With no one after "to", no one.
    check("Rohan handed over the documents.", &[]);
}

#[test]
fn her_before_a_preposition_is_an_object_pronoun() {
    check(
        "Rohan arrested Aldo Ferri in December. Gondor accuses her of fraud.",
        &[
            "gondor against/ACCUSE aldo_ferri asserted",
            "rohan against/COERCE aldo_ferri asserted",
        ],
    );
    // A possessive before a plain noun is no object.
    check("Aldo Ferri spoke on Monday. Gondor praised her work.", &[]);
}

#[test]
fn a_material_act_after_with_is_the_responding_verbs_subjects() {
    check(
        "Mordor responded with a ban on food imports from Gondor and Rohan.",
        &[
            "mordor against/SANCTION gondor asserted",
            "mordor against/SANCTION rohan asserted",
        ],
    );
    // Not after a state's participle.
    check("Gondor was delighted with victory over Mordor.", &[]);
}

#[test]
fn support_for_the_operation_is_for_the_last_deeds_agent() {
    check(
        "Gondor struck Mordorian targets. Rohan and Arnor had provided support for the \
         operation.",
        &[
            "arnor support/SUPPORT gondor asserted",
            "gondor against/ASSAULT mordor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_conjunct_with_a_discovered_persons_demonym_title_keeps_the_coordination() {
    check(
        "Gondorian Prime Minister Boromir Denethor and Rohirric Prime Minister Eomer Theng met \
         in Edoras.",
        &[
            "boromir_denethor support/CONSULT eomer_theng asserted",
            "eomer_theng support/CONSULT boromir_denethor asserted",
        ],
    );
    check(
        "Elessar Telcontar and Rohirric President Eomer Theng condemned Mordor.",
        &[
            "elessar_telcontar against/ACCUSE mordor asserted",
            "eomer_theng against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn coordinated_subjects_acting_on_each_other_act_both_ways() {
    check(
        "Gondor and Rohan accused each other of launching attacks.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Gondor and Rohan have blamed one another for the clash.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn an_office_named_without_a_name_is_the_holder_the_document_names_not_the_listed_one() {
    check(
        "Gondorian president condemns Rohan. Gondorian President Hador Lossarnach said on \
         Monday that Rohan had lied.",
        &["hador_lossarnach against/ACCUSE rohan asserted"],
    );
    // A former holder is not the office's holder.
    check(
        "Gondorian president condemns Rohan. Former Gondorian President Hador Lossarnach \
         criticised Rohan.",
        &[
            "hador_lossarnach against/ACCUSE rohan asserted",
            "wang_ecthelion against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn a_hostile_act_refused_did_not_happen() {
    check(
        "Gondor refused to extradite leaders of the Isengard Council.",
        &["gondor against/COERCE isengard_council negated"],
    );
    check(
        "Gondor declined to condemn Mordor.",
        &["gondor against/ACCUSE mordor negated"],
    );
}

#[test]
fn a_deeds_owner_after_of_does_its_infinitive_and_is_the_decisions_agent() {
    check(
        "Rohan criticised the decision of Gondor to expel Arnorian diplomats. Elessar Telcontar \
         condemned the decision.",
        &[
            "gondor against/SANCTION arnor_diplomats asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    // Named with its owner and no act of its own, the deed is what "the decision" stands for.
    check(
        "Elessar Telcontar called the decision of Mordor a provocation. Rohan also condemned \
         the decision.",
        &[
            "elessar_telcontar against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_feelings_of_names_who_feels_it() {
    check(
        "Elessar Telcontar expressed the deep concern of the Gondorian side.",
        &[],
    );
    check(
        "The outrage of Rohan at Mordor's attack grew.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn the_administration_of_a_leader_is_their_states_body() {
    check(
        "The outgoing administration of Wang Ecthelion expelled Rohirric diplomats.",
        &["wang_ecthelion_administration against/SANCTION rohan_diplomats asserted"],
    );
}

#[test]
fn we_past_an_auxiliary_and_in_a_second_conjunct_is_the_speakers_side() {
    check(
        "\"We have condemned Rohan and summoned the Mordorian envoy,\" Elessar Telcontar said.",
        &[
            "elessar_telcontar against/ACCUSE mordor_envoy reported [elessar_telcontar]",
            "elessar_telcontar against/ACCUSE rohan reported [elessar_telcontar]",
        ],
    );
    check(
        "\"We have sent a protest note to Rohan and summoned the Mordorian envoy, Gothmog \
         Black,\" Elessar Telcontar said.",
        &[
            "elessar_telcontar against/ACCUSE gothmog_black reported",
            "elessar_telcontar against/ACCUSE rohan reported",
        ],
    );
    check(
        "\"We have always supported Rohan,\" Elessar Telcontar said.",
        &["elessar_telcontar support/SUPPORT rohan reported [elessar_telcontar]"],
    );
}

#[test]
fn a_former_holders_title_in_apposition_names_the_person() {
    check(
        "Mordor was criticised by Rohan's former President, Bard Bow.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_deed_named_with_its_owner_is_what_the_deeds_noun_stands_for_later() {
    // The subject of a light verb owns the deed; "also" before the participle is passed.
    check(
        "Mordor conducted a nuclear test on Monday. The test was also condemned by Rohan and \
         Gondor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    // Not an infinitive's: a failure to take steps is no deed.
    check(
        "Arnor cited Mordor's failure to take appropriate steps. Rohan praised the decision.",
        &[],
    );
}

#[test]
fn calling_off_a_cooperative_act_is_against_its_partner() {
    check(
        "Gondor called off talks with Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Gondor did not cancel talks with Rohan.",
        &["gondor against/SANCTION rohan negated"],
    );
}

#[test]
fn discussing_a_topic_with_someone_is_a_consultation_with_them() {
    check(
        "Elessar Telcontar discussed the situation by telephone with Bard Bow.",
        &["elessar_telcontar support/CONSULT bard_bow asserted"],
    );
    // No partner after "with": no consultation.
    check("Gondor discussed Rohan's proposal.", &[]);
}

#[test]
fn a_past_form_after_and_joins_the_main_clause_not_the_infinitive() {
    check(
        "Gondor called on Rohan to \"open the gates\" and accused Mordor of lying.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "gondor against/REQUEST rohan asserted",
        ],
    );
}

#[test]
fn an_ing_form_past_its_particle_and_object_after_a_noun_is_a_participle() {
    check(
        "Gondor issued a statement calling on Rohan to investigate abuses.",
        &["gondor against/REQUEST rohan asserted"],
    );
}

#[test]
fn a_states_allies_named_by_its_adjective_are_not_the_state() {
    check(
        "Palantir News urged the two Gondorian allies to resolve their differences.",
        &[],
    );
    check("Mordor criticised Gondorian allies.", &[]);
}

#[test]
fn a_participles_agent_after_the_object_is_the_acts_author() {
    // Even when the participle is itself a cue's ("released").
    check(
        "Arnor rejected a new map released by Mordor.",
        &["arnor against/REJECT mordor asserted"],
    );
    // An -ing adjunct after a relative clause is the main clause's subject's act.
    check(
        "Arnor rejected a new map released by Mordor that lays claim to the sea, joining Gondor \
         in a chorus of protest.",
        &[
            "arnor against/REJECT mordor asserted",
            "arnor support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn lodging_representations_is_a_protest() {
    check(
        "Faramir Hurin lodged solemn representations with the Rohirric side.",
        &["faramir_hurin against/ACCUSE rohan asserted"],
    );
    // Only as a light verb's object.
    check("The representation of Rohan in the council grew.", &[]);
}

#[test]
fn an_escalation_in_a_judging_frame_accuses_the_drafts_owner() {
    check(
        "Elessar Telcontar described Mordor's draft as an obvious escalation against Gondor.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
    // Not outside a judging frame.
    check("The escalation of the conflict worried Rohan.", &[]);
}

#[test]
fn an_act_done_as_a_sign_of_support_is_the_clause_subjects() {
    check(
        "Gondor denied a port call to a Rohan ship in a gesture of solidarity with Arnor.",
        &[
            "gondor support/SUPPORT arnor asserted",
            "gondor against/REJECT rohan asserted",
        ],
    );
    check(
        "Gondor closed the border as a sign of support for Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
    check(
        "Gondor closed the border in a show of support for Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
}

#[test]
fn a_statement_or_resolution_acts_for_its_owner() {
    check(
        "Rohan cancelled talks in protest at a Gondor statement that criticised Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Rohan issued a statement that criticised Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "The White Council adopted a resolution which condemned Mordor.",
        &["white_council against/ACCUSE mordor asserted"],
    );
    check(
        "Gondor's statement, which criticised Mordor, was welcomed.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "The statement by Gondor criticised Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_clause_a_denial_governs_is_negated() {
    check(
        "Gondor denied that Rohan had shelled Mordor.",
        &["rohan against/ASSAULT mordor negated"],
    );
    check(
        "Gondor denied that it had shelled Mordor, and accused Rohan of lying.",
        &["gondor against/ACCUSE rohan asserted"],
    );
    // With no comma: a verbal act with no auxiliary after a clause whose verb has one joins
    // the denial ("blamed" is Elrond Half's, and asserted).
    check(
        "Elrond Half denied that Gondor had any role in the raid and blamed Rohan for the unrest.",
        &["elrond_half against/ACCUSE rohan asserted"],
    );
    // A deed after "and" stays in the denied clause.
    check(
        "Gondor denied that Rohan had shelled the town and attacked Mordor.",
        &["rohan against/ASSAULT mordor negated"],
    );
}

#[test]
fn the_government_a_titled_speaker_tells_of_is_their_states() {
    check(
        "Gondorian Information Minister Elrond Half told reporters in Osgiliath that the government had recalled its envoy from Rohan.",
        &["gondor_government against/SANCTION rohan reported [elrond_half]"],
    );
}

#[test]
fn a_post_of_two_titles_in_apposition_leaves_the_name_the_speaker() {
    check(
        "Elrond Half, Gondor's vice president and prime minister, said Rohan had insulted Gondor.",
        &[
            "elrond_half against/ACCUSE rohan asserted",
            "rohan against/ACCUSE gondor reported [elrond_half]",
        ],
    );
}

#[test]
fn a_family_name_with_a_particle_names_its_bearer_in_any_case() {
    check(
        "Gondor's president Omar al-Dunad spoke on Monday. The White Council expressed solidarity with al-Dunad.",
        &["white_council support/SUPPORT omar_al_dunad asserted"],
    );
    check(
        "Gondor's president Omar al-Dunad spoke on Monday. Al-Dunad criticised Mordor. Dunad also criticised Rohan.",
        &[
            "omar_al_dunad against/ACCUSE mordor asserted",
            "omar_al_dunad against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn a_warrant_reacted_to_is_its_issuers() {
    check(
        "The White Council issued an arrest warrant for Bard Bow. Bard Bow, addressing thousands of supporters in Edoras's main square on Thursday, dismissed the warrant as worthless.",
        &[
            "white_council against/ACCUSE bard_bow asserted",
            "white_council against/COERCE bard_bow asserted",
            "bard_bow against/REJECT white_council asserted",
        ],
    );
}

#[test]
fn a_pronoun_after_said_opens_what_is_said() {
    // Not an inverted attribution ('…, said Elrond Half') of the first clause.
    check(
        "The White Council also expressed solidarity with Gondor, and Elrond Half, its secretary-general, said he would travel to Edoras.",
        &[
            "white_council support/SUPPORT gondor asserted",
            "elrond_half support/CONSULT rohan reported [elrond_half]",
        ],
    );
}

#[test]
fn a_gerund_of_means_is_the_governing_verbs_subjects() {
    check(
        "Gondor tried to isolate Rohan by preventing Arnorian officials from travelling there.",
        &[
            "gondor against/SANCTION rohan asserted",
            "gondor against/COERCE arnor_officials asserted",
        ],
    );
}

#[test]
fn an_organisations_name_may_join_two_parts_with_and() {
    check(
        "The Justice and Equality Movement (JEM), the strongest rebel group in Rohan, criticised Gondor.",
        &["justice_and_equality_movement against/ACCUSE gondor asserted"],
    );
    check(
        "The Committee for Peace and Justice criticised Gondor.",
        &["committee_for_peace_and_justice against/ACCUSE gondor asserted"],
    );
    // Not a person after a body's name.
    check(
        "The Ministry of Defence and Elrond Half criticised Gondor.",
        &[
            "elrond_half against/ACCUSE gondor asserted",
            "ministry_of_defence against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_list_after_including_reaches_past_unknown_names_and_acronyms() {
    check(
        "Gondor suspended the licences of groups including Oxfam, Palantir News and the Mordor Herald.",
        &[
            "gondor against/SANCTION mordor_herald asserted",
            "gondor against/SANCTION palantir_news asserted",
        ],
    );
    check(
        "Gondor expelled the Free States League (FSL) and the White Council.",
        &[
            "gondor against/SANCTION free_states asserted",
            "gondor against/SANCTION white_council asserted",
        ],
    );
}

#[test]
fn the_two_sides_are_the_two_states_of_the_sentence_before() {
    check(
        "Gondor and Mordor traded accusations for weeks. Gondorian King Elessar Telcontar received Bard Bow, leader of the self-declared kingdom of Rohan, in Osgiliath. The two sides agreed to deepen trade.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
            "gondor against/ACCUSE mordor asserted",
            "gondor support/AGREE rohan asserted",
            "mordor against/ACCUSE gondor asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn allegations_judged_are_the_last_accusers() {
    check(
        "Gondor accused Rohan of spying. The Rohirric foreign ministry described the allegations as unfounded.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "rohan_mfa against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_clause_after_and_ends_an_object_that_names_no_one() {
    check(
        "A Mordorian bomber killed 40 soldiers near the river and Rohirric jets struck a Mordorian camp.",
        &["rohan_jets against/ASSAULT mordor asserted"],
    );
}

#[test]
fn an_adverb_set_off_by_commas_stands_between_subject_and_verb() {
    check(
        "The White Council, however, rejected Gondor's plea.",
        &["white_council against/REJECT gondor asserted"],
    );
    check(
        "Gondor appreciated Rohan's support.",
        &["gondor support/SUPPORT rohan asserted"],
    );
}

#[test]
fn a_treatys_remit_is_no_actor_and_a_quoted_word_may_sit_inside_a_phrase() {
    check(
        "An Osgiliath court ruled that Rohan had violated the Edoras Convention on Consular Relations.",
        &["gondor_osgiliath_court against/ACCUSE rohan asserted"],
    );
    check(
        "Mordorian forces opened \"unprovoked\" fire on Gondorian troops.",
        &["mordor_forces against/ASSAULT gondor_troops asserted"],
    );
}

#[test]
fn a_capitalised_body_placed_by_its_seat_is_that_states() {
    check(
        "The Foreign Office in Minas Tirith summoned the Rohirric ambassador.",
        &["gondor_foreign_office against/ACCUSE rohan_ambassador asserted"],
    );
}

#[test]
fn talks_opening_a_sentence_are_its_subjects_and_so_is_he_after_them() {
    check(
        "Elessar Telcontar said the talks went well. In talks with Rohan's envoy Bard Bow, he demanded that Mordor hand over the rebels.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar against/REQUEST mordor asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "Elrond Half told reporters in Edoras after a meeting with Bard Bow.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn the_soldiers_are_the_last_troops_named() {
    check(
        "Gondor detained 49 Rohirric troops in July. The soldiers were accused by Gondorian prosecutors of spying.",
        &[
            "gondor against/COERCE rohan_troops asserted",
            "gondor_prosecutors against/ACCUSE rohan_troops asserted",
        ],
    );
}

#[test]
fn a_headlines_unnamed_envoy_is_the_first_one_named() {
    check(
        "Gondor expels Rohirric ambassador\n\nMINAS TIRITH - King Elessar Telcontar ordered the expulsion of Rohirric Ambassador Cirdan Ship on Wednesday. Later Arnor ordered Rohirric Ambassador Elrond Half to leave Annuminas.",
        &[
            "arnor against/REQUEST elrond_half asserted",
            "elessar_telcontar against/REQUEST cirdan_ship asserted",
            "gondor against/SANCTION cirdan_ship asserted",
        ],
    );
}

#[test]
fn a_possessed_name_is_a_conjunct_of_its_own() {
    check(
        "Arnor and Gondor's Guard condemned Mordor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor_guard against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Mordor attacked Arnor and Gondor's Guard.",
        &[
            "mordor against/ASSAULT arnor asserted",
            "mordor against/ASSAULT gondor_guard asserted",
        ],
    );
}

#[test]
fn a_relative_after_an_acts_target_is_the_acts() {
    // "military" before an act's noun modifies the act: no body of Gondor's.
    check(
        "Relations are tense over the Gondorian military aggression against Rohan, which has killed thousands of Rohirric civilians.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "gondor against/ASSAULT rohan_civilians asserted",
        ],
    );
}

#[test]
fn him_after_an_unnamed_envoy_is_the_envoy() {
    check(
        "Elessar Telcontar spoke on Monday. The Gondorian Foreign Ministry summoned the Rohirric charge d'affaires and handed him a strong protest over the treatment of Gondorians.",
        &["gondor_foreign_ministry against/ACCUSE rohan_charge_d_affaires asserted"],
    );
}

#[test]
fn a_bodys_complement_may_join_two_words_with_and() {
    check(
        "The Gondorian Ministry of Economy and Finance included Bard Bow on a list, a decision that Rohan described as hostile.",
        &["rohan against/ACCUSE gondor_ministry_of_economy_and_finance asserted"],
    );
    check(
        "Gondor's Ministry of Defence and Ivan Petrov criticised Mordor.",
        &[
            "gondor_ministry_of_defence against/ACCUSE mordor asserted",
            "ivan_petrov against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_stance_adjective_links_its_holder_to_whom_of_names() {
    check(
        "Bard Bow was highly critical of both Gondor and Arnor.",
        &[
            "bard_bow against/ACCUSE arnor asserted",
            "bard_bow against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Rohan has been supportive of Gondor's bid.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    // Not "critical to".
    check("Gondor's trade is critical to Rohan.", &[]);
}

#[test]
fn a_whose_relative_may_hold_a_second_relative_after_a_preposition() {
    check(
        "Rohan, whose territory was crossed by the returning jets and on which fuel tanks were found, demanded an explanation from Gondor.",
        &["rohan against/REQUEST gondor asserted"],
    );
}

#[test]
fn what_one_comes_under_is_done_to_them() {
    check(
        "Gondorian troops came under attack from Mordor.",
        &["mordor against/ASSAULT gondor_troops asserted"],
    );
    check(
        "The Gondorian embassy came under attack by Mordorian protesters.",
        &["mordor_protesters against/ASSAULT gondor_embassy asserted"],
    );
    check(
        "Bard Bow resigned under pressure from Gondor's army.",
        &["gondor_army against/COERCE bard_bow asserted"],
    );
    check(
        "The Gondorian patrol \"came under fire\" from Mordorian raiders.",
        &["mordor against/ASSAULT gondor_patrol asserted"],
    );
}

#[test]
fn a_hyphenated_compound_modifies_a_phrase_and_is_no_light_verb() {
    check(
        "Gondor held high-level talks with Arnor.",
        &[
            "arnor support/CONSULT gondor asserted",
            "gondor support/CONSULT arnor asserted",
        ],
    );
    check(
        "Gondor cut all high-level ties with Arnor.",
        &["gondor against/SANCTION arnor asserted"],
    );
    check(
        "Gondor deepened its cooperation with Rohan and intensified high-level communications with Arnor.",
        &[
            "gondor support/CONSULT arnor asserted",
            "gondor support/COOPERATE rohan asserted",
        ],
    );
}

#[test]
fn a_visit_of_a_states_officer_reaches_past_the_title_and_a_name() {
    check(
        "Rohan condemned the visit of Arnor's king, Pezeshk, to Gondor.",
        &[
            "arnor support/CONSULT gondor asserted",
            "rohan against/ACCUSE arnor asserted",
        ],
    );
}

#[test]
fn a_by_agent_heads_the_phrase_after_by() {
    check(
        "Gondor has been accused of \"sabre-rattling\" by Rohan's chief minister.",
        &["rohan_chief_minister against/ACCUSE gondor asserted"],
    );
    // Not a name further on, past a preposition.
    check(
        "Bard Bow was banned for ten games by the league for shoving Elrond Half.",
        &[],
    );
}

#[test]
fn an_object_pronoun_no_one_stands_for_is_still_the_object() {
    // "them" is the two named, not whoever is named after it.
    check(
        "Gondor sanctioned Elrond Half and Bard Bow, accusing them of facilitating Mordor's deployment.",
        &[
            "gondor against/SANCTION bard_bow asserted",
            "gondor against/SANCTION elrond_half asserted",
        ],
    );
}

#[test]
fn a_passive_phrase_with_no_actor_as_subject_hits_its_own_object() {
    check(
        "Missiles were fired at Arnor by Mordor.",
        &["mordor against/ASSAULT arnor asserted"],
    );
}

#[test]
fn an_attack_by_several_agents_on_a_place_in_a_state() {
    // Past an article and a list of agents; the target a place in a state names.
    check(
        "Rohan condemned the strikes by the White Council on Arnor.",
        &[
            "rohan against/ACCUSE white_council asserted",
            "white_council against/ASSAULT arnor asserted",
        ],
    );
    check(
        "Rohan condemned the missile strikes delivered by Gondor, Mordor and North Harad on targets in Arnor.",
        &[
            "gondor against/ASSAULT arnor asserted",
            "mordor against/ASSAULT arnor asserted",
            "north_harad against/ASSAULT arnor asserted",
            "rohan against/ACCUSE gondor asserted",
            "rohan against/ACCUSE mordor asserted",
            "rohan against/ACCUSE north_harad asserted",
        ],
    );
}

#[test]
fn a_textbook_example_of_a_hostile_act_judges() {
    check(
        "The White Council described the Mordorian army's campaign as \"a textbook example of ethnic cleansing\".",
        &["white_council against/ASSAULT mordor_army asserted"],
    );
    check(
        "Gondor called Rohan's move an act of genocide.",
        &["gondor against/ASSAULT rohan asserted"],
    );
}

#[test]
fn working_with_someone_cooperates() {
    check(
        "Gondor said it was working with Rohirric authorities to find the cause.",
        &["gondor support/COOPERATE rohan_authorities reported [gondor]"],
    );
}

#[test]
fn a_quoted_verb_reaches_its_object_past_the_closing_mark() {
    check(
        "Gondor \"strongly condemned\" Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    // Not past an opening one: the quoted phrase is the object.
    check(
        "The White Council condemned \"the violation of Gondor's territory\" and called on Mordor to release the officer.",
        &["white_council against/REQUEST mordor asserted"],
    );
}

#[test]
fn two_verbs_share_an_object_and_a_document_acts_for_its_author() {
    check(
        "Gondor condemns and rejects the resolution on the human rights situation in Gondor adopted by the White Council.",
        &[
            "gondor against/ACCUSE white_council asserted",
            "gondor against/REJECT white_council asserted",
        ],
    );
}

#[test]
fn asking_someone_to_leave_expels_them() {
    check(
        "Gondor asked Rohan's diplomats to leave the country.",
        &["gondor against/SANCTION rohan_diplomats asserted"],
    );
    // Asking someone to mediate is no expulsion but an appeal to them, as a call on them is.
    check(
        "Gondor asked Rohan to mediate.",
        &["gondor support/CONSULT rohan asserted"],
    );
}

#[test]
fn a_participle_used_as_an_adjective_does_not_end_the_object() {
    check(
        "Gondor frees three of 49 detained Rohirric soldiers.",
        &["gondor support/CONCEDE rohan_soldiers asserted"],
    );
}

#[test]
fn a_guarantee_supports_whom_it_is_given() {
    check(
        "Gondor offered security guarantees to Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
}

#[test]
fn an_embassy_closed_there_is_in_the_last_place_named() {
    check(
        "Gondor recalled its ambassador from Edoras last week and Arnor closed its embassy there.",
        &[
            "arnor against/SANCTION rohan asserted",
            "gondor against/SANCTION rohan asserted",
        ],
    );
}

#[test]
fn a_relative_after_a_place_is_the_heads() {
    check(
        "Gondor has accused Rohan of arming the Ithil Movement in Mordor, which has fired missiles at Gondorian cities.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "ithil_movement against/ASSAULT gondor asserted",
            "rohan support/AID ithil_movement reported [gondor]",
        ],
    );
}

#[test]
fn a_state_name_before_a_lower_case_body_noun_after_the_names_the_body() {
    check(
        "The Gondor military shelled Mordor.",
        &["gondor_military against/ASSAULT mordor asserted"],
    );
    // Without "the", or a group's noun, the name owns nothing: "Gondor analysts" are no body.
    check(
        "Gondor analysts said Mordor had attacked Rohan.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan reported [gondor]",
        ],
    );
}

#[test]
fn a_verb_of_equating_judges_like_a_copula() {
    check(
        "Rohan said Mordor's campaign amounted to genocide.",
        &["rohan against/ASSAULT mordor reported [rohan]"],
    );
    // Also with the judgement quoted after the verb's subject.
    check(
        "Rohan said the actions of the Mordorian army \"constitute ethnic cleansing\".",
        &["rohan against/ASSAULT mordor_army reported [rohan]"],
    );
    check(
        "Mordor's blockade is tantamount to aggression, Rohan said.",
        &["rohan against/ASSAULT mordor reported [rohan]"],
    );
}

#[test]
fn his_or_her_before_what_someone_asked_for_is_that_person() {
    // The person named last before the clause's own: not the backer.
    check(
        "Elessar Telcontar called for talks. Bard Bow backed his call.",
        &["bard_bow support/SUPPORT elessar_telcontar asserted"],
    );
    // An infinitive's object is its subject's own.
    check("Elessar Telcontar agreed to suspend his plan.", &[]);
}

#[test]
fn a_capitalised_head_after_the_stands_for_the_body_named_before() {
    check(
        "The White Council met on Monday. Rohan criticised the Council.",
        &["rohan against/ACCUSE white_council asserted"],
    );
}

#[test]
fn a_state_name_before_a_response_judged_names_its_owner() {
    check(
        "Rohan said the Gondor response was \"disappointing\".",
        &["rohan against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_speaker_claiming_someone_broke_a_rule_accuses_them() {
    check(
        "Rohan said Mordor had violated the truce.",
        &["rohan against/ACCUSE mordor reported [rohan]"],
    );
    // Not negated, not in the writer's own voice.
    check("Rohan said Mordor had not violated the truce.", &[]);
    check("Mordor violated the truce.", &[]);
    check(
        "Rohan suspended the accord, saying Mordor had breached it.",
        &["rohan against/ACCUSE mordor reported [rohan]"],
    );
}

#[test]
fn saying_after_a_clause_is_its_subjects_report() {
    check(
        "Rohan recalled its envoy, saying Mordor had attacked Gondor.",
        &[
            "mordor against/ASSAULT gondor reported [rohan]",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_leaders_government_is_a_body_also_when_the_leader_is_found_in_the_document() {
    let text =
        "Gondorian Prime Minister Anborn Tall spoke on Monday. Rohan criticised Tall's government.";
    check(
        text,
        &["rohan against/ACCUSE anborn_tall_government asserted"],
    );
    assert_top(text, "anborn_tall_government", "gondor");
    // A leader of no state yet: the body is adopted as the leader is; with the honorific.
    let text = "Prime Minister Anborn Tall spoke on Monday in Minas Tirith. Rohan criticised Mr Tall's government.";
    check(
        text,
        &["rohan against/ACCUSE anborn_tall_government asserted"],
    );
    assert_top(text, "anborn_tall_government", "gondor");
}

#[test]
fn others_named_by_their_tie_to_a_possessor_are_not_it() {
    check("Bard Bow's family will sue Gondor.", &[]);
    check("Gondor's allies condemned Mordor.", &[]);
}

#[test]
fn what_one_asks_for_names_no_one_acted_on() {
    check(
        "Rohan rejected a request for the extradition of Bard Bow.",
        &[],
    );
    // The asker, named first, is.
    check(
        "Rohan rejected Gondor's request for the extradition of Bard Bow.",
        &["rohan against/REJECT gondor asserted"],
    );
}

#[test]
fn fighting_alongside_is_cooperation() {
    check(
        "Gondorian soldiers fought alongside Rohirric troops.",
        &["gondor_soldiers support/COOPERATE rohan_troops asserted"],
    );
}

#[test]
fn a_title_then_its_holder_after_a_comma_is_the_agent() {
    check(
        "Bard Bow was backed by his predecessor, Elrond Half.",
        &["elrond_half support/SUPPORT bard_bow asserted"],
    );
}

#[test]
fn approval_by_a_predicate_adjective_is_support() {
    check(
        "Bard Bow said Mordor's concerns were \"well justified\".",
        &["bard_bow support/SUPPORT mordor asserted"],
    );
}

#[test]
fn sharing_information_is_cooperation() {
    check(
        "Gondor shared intelligence with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
}

#[test]
fn they_opening_a_sentence_is_the_group_that_opened_the_sentence_before() {
    check(
        "Thousands of Gondorian protesters gathered outside the parliament. They accused Mordor of spying.",
        &["gondor_protesters against/ACCUSE mordor asserted"],
    );
    check(
        "The Mordorian authorities detained three Rohirric citizens. They accused Rohan of spying.",
        &[
            "mordor_authorities against/ACCUSE rohan asserted",
            "mordor_authorities against/COERCE rohan_citizens asserted",
        ],
    );
    // Not two coordinated actors (one mention cannot stand for both).
    check(
        "Gondor and Rohan met on Monday. They condemned Mordor.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn an_appeal_to_several_named_together_to_settle_is_no_act_against_them() {
    check(
        "Rohan urged Gondor and Mordor to resolve the dispute through dialogue.",
        &[],
    );
    // To halt something, it is against each of them.
    check(
        "Rohan urged Gondor and Arnor to halt the deployment.",
        &[
            "rohan against/REQUEST arnor asserted",
            "rohan against/REQUEST gondor asserted",
        ],
    );
}

#[test]
fn the_occasion_of_a_meeting_names_no_one_met() {
    check(
        "Elessar Telcontar will meet on the sidelines of the White Council summit.",
        &[],
    );
}

#[test]
fn a_body_head_after_the_is_no_first_name() {
    // "the Council" stands for the council named before, not for a person "Council Anborn
    // Tall".
    check(
        "The White Council met on Monday. The head of the Council Anborn Tall spoke. Later the Council criticised Mordor.",
        &["white_council against/ACCUSE mordor asserted"],
    );
}

#[test]
fn it_after_a_reporting_verb_and_a_time_phrase_is_its_subject() {
    check(
        "Mordor's Foreign Ministry said on Thursday it was expelling three Gondorian diplomats.",
        &["mordor_foreign_ministry against/SANCTION gondor_diplomats reported [mordor_foreign_ministry]"],
    );
}

#[test]
fn a_bodys_lower_case_head_before_a_title_is_the_body_named_before() {
    let text = "Mordor's Foreign Ministry expelled three Gondorian diplomats. Ministry spokesman Anborn Tall criticised Gondor.";
    assert_top(text, "anborn_tall", "mordor");
    let text = "Mordor's Foreign Ministry expelled three Gondorian diplomats. \"Gondor has attacked Rohan,\" ministry spokesman Anborn Tall said.";
    assert_top(text, "anborn_tall", "mordor");
}

#[test]
fn a_long_title_after_met_with_is_read_past_its_body() {
    check(
        "Bard Bow met with Minister of Agriculture of the Kingdom of Gondor Anborn Tall in Edoras.",
        &[
            "anborn_tall support/CONSULT bard_bow asserted",
            "bard_bow support/CONSULT anborn_tall asserted",
        ],
    );
    // A remit word is no given name.
    check(
        "Gondorian Minister of Agriculture Anborn Tall criticised Mordor.",
        &["anborn_tall against/ACCUSE mordor asserted"],
    );
}

#[test]
fn taking_control_of_what_someone_owns_is_coercion() {
    check(
        "Mordorian troops took control of Gondor's northern outpost.",
        &["mordor_troops against/COERCE gondor asserted"],
    );
}

#[test]
fn sending_an_envoy_to_someone_consults_them() {
    check(
        "Arnor sent its special envoy, Elrond Half, to Edoras.",
        &["arnor support/CONSULT rohan asserted"],
    );
    // Not troops.
    check("Mordor sent troops to Rohan.", &[]);
}

#[test]
fn a_predicate_after_an_accusations_gerund_joins_the_accusation() {
    check(
        "Bard Bow accused Mordor of sending spies into Rohan and praised Gondor.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "bard_bow support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn a_judgement_naming_a_possessors_hostile_act_judges_the_act() {
    check(
        "Mordor shelled Edoras on Monday. Bard Bow called the shelling \"a horrific reminder of Mordor's brutality\".",
        &[
            "bard_bow against/ASSAULT mordor asserted",
            "mordor against/ASSAULT rohan asserted",
        ],
    );
}

#[test]
fn a_mutiny_is_its_leaders_act_and_can_be_judged() {
    check(
        "Bard Bow launched an armed mutiny against the Rohirric army. Elessar Telcontar called the mutiny \"treason\".",
        &[
            "bard_bow against/ASSAULT rohan_army asserted",
            "elessar_telcontar against/ACCUSE bard_bow asserted",
        ],
    );
}

#[test]
fn what_was_said_named_with_its_owner_stands_for_the_owner_later() {
    check(
        "Rohan rejected Elessar Telcontar's statement on the war. Arnor also condemned the statement.",
        &[
            "arnor against/ACCUSE elessar_telcontar asserted",
            "rohan against/REJECT elessar_telcontar asserted",
        ],
    );
}

#[test]
fn satisfaction_with_someones_act_is_support() {
    check(
        "Rohan expressed satisfaction with the Gondorian decision.",
        &["rohan support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan was satisfied with Gondor's response.",
        &["rohan support/SUPPORT gondor asserted"],
    );
}

#[test]
fn calling_in_an_envoy_is_a_summons() {
    check(
        "Rohan called in the Gondorian ambassador.",
        &["rohan against/ACCUSE gondor_ambassador asserted"],
    );
    check("Rohan called in the army.", &[]);
}

#[test]
fn a_lower_case_state_department_is_a_body_not_the_state() {
    check(
        "The Gondorian state department criticised Mordor.",
        &["gondor_state_department against/ACCUSE mordor asserted"],
    );
}

#[test]
fn state_security_officers_are_a_body_and_poisoning_an_assault() {
    check(
        "Mordorian state security officers poisoned Bard Bow.",
        &["mordor_state_security_officers against/ASSAULT bard_bow asserted"],
    );
}

#[test]
fn businessmen_and_members_of_parliament_are_named_as_such() {
    check(
        "Mordor froze the assets of Gondorian businessman Anborn Tall.",
        &["mordor against/SANCTION anborn_tall asserted"],
    );
    check(
        "Mordor banned entry to three Gondorian MPs.",
        &["mordor against/SANCTION gondor_mps asserted"],
    );
}

#[test]
fn a_judgement_in_the_passive_is_its_agents() {
    check(
        "Gondor's decision was described by Elrond Half as a provocation.",
        &["elrond_half against/ACCUSE gondor asserted"],
    );
}

#[test]
fn the_x_side_with_an_adverb_is_the_subject_of_a_present_verb() {
    check(
        "The Gondorian side strongly condemns the actions of Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn the_deeds_of_someone_judged_are_theirs() {
    check(
        "The Gondorian side regards the actions of the Mordorian authorities as a gross violation of international law.",
        &["gondor against/ACCUSE mordor_authorities asserted"],
    );
}

#[test]
fn mfa_names_a_states_foreign_ministry() {
    check(
        "Gondorian MFA: Mordor's statement is unacceptable.",
        &["gondor_mfa against/ACCUSE mordor asserted"],
    );
}

#[test]
fn who_after_a_persons_apposition_is_the_person() {
    // The relative "who" past an apposition refers to the named person, not to the appositive
    // noun or a body inside it.
    check(
        "Faramir Hurin, a Gondorian envoy, who was detained by Rohan, left on Friday.",
        &["rohan against/COERCE faramir_hurin asserted"],
    );
    check(
        "Faramir Hurin, Counsellor of the Gondorian Embassy in Edoras, who was detained by \
         Rohan, left on Friday.",
        &["rohan against/COERCE faramir_hurin asserted"],
    );
}

#[test]
fn a_persons_age_between_commas_is_skipped() {
    // "Name, 49, apposition, was …" and "Name, 49, who was …": the age is no boundary.
    check(
        "Faramir Hurin, 49, a retired Gondorian officer, was detained by Rohan.",
        &["rohan against/COERCE faramir_hurin asserted"],
    );
    check(
        "Faramir Hurin, 49, who was detained by Rohan, appealed.",
        &["rohan against/COERCE faramir_hurin asserted"],
    );
    check(
        "Faramir Hurin, 49, a retired Gondorian officer, who was detained by Rohan, appealed.",
        &["rohan against/COERCE faramir_hurin asserted"],
    );
}

#[test]
fn a_hyphenated_compound_is_one_modifier_of_an_act_noun() {
    check(
        "Arnor condemned Mordor's full-scale invasion of Gondor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT gondor asserted",
        ],
    );
}

#[test]
fn a_citizen_or_student_before_a_name_is_that_person() {
    // "citizen" and "student" are role heads: the demonym is the person's state, not the one
    // acted on.
    check(
        "Rohan freed Gondorian citizen Beleg Cuthalion.",
        &["rohan support/CONCEDE beleg_cuthalion asserted"],
    );
    check(
        "Rohan detained Gondorian student Beleg Cuthalion.",
        &["rohan against/COERCE beleg_cuthalion asserted"],
    );
}

#[test]
fn a_withheld_renewal_of_a_permit_or_pact_is_against_its_holder_or_partner() {
    check(
        "Rohan will not renew the residence permit of Beleg Cuthalion.",
        &["rohan against/REJECT beleg_cuthalion asserted"],
    );
    check(
        "Rohan decided not to extend the grain deal with Gondor.",
        &[
            "rohan against/REJECT gondor asserted",
            "rohan support/AGREE gondor negated",
        ],
    );
    check(
        "Rohan did not renew Arnor's accreditation.",
        &["rohan against/REJECT arnor asserted"],
    );
    // A renewal granted is no act; nor is extending something that is no permit or pact.
    check(
        "Rohan renewed the residence permit of Beleg Cuthalion.",
        &[],
    );
    check("Rohan did not extend its lead over Gondor.", &[]);
}

#[test]
fn support_for_a_hostile_act_is_against_its_target() {
    check(
        "Rohan expressed support for the attack on Mordor.",
        &["rohan against/ASSAULT mordor asserted"],
    );
    check(
        "Rohan voiced support for sanctions on Mordor.",
        &["rohan against/SANCTION mordor asserted"],
    );
    // Not past the act's own object: helping someone repel an offensive on X is help.
    check(
        "Rohan helped Arnor repel an offensive on Gondor.",
        &["rohan support/AID arnor asserted"],
    );
}

#[test]
fn fighting_or_operating_alongside_is_cooperation() {
    check(
        "Rohan fought alongside Gondor.",
        &["rohan support/COOPERATE gondor asserted"],
    );
    check(
        "Rohan has been operating alongside Gondorian troops since 2021.",
        &["rohan support/COOPERATE gondor_troops asserted"],
    );
}

#[test]
fn someone_under_a_states_sanctions_is_sanctioned_by_it() {
    check(
        "Bard Bow is under Gondorian sanctions.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
    check(
        "Bard Bow, who is under Arnor and Rohan sanctions, denies wrongdoing.",
        &[
            "arnor against/SANCTION bard_bow asserted",
            "rohan against/SANCTION bard_bow asserted",
        ],
    );
}

#[test]
fn pushing_out_and_relying_on() {
    check(
        "Rohan pushed out Gondorian troops.",
        &["rohan against/COERCE gondor_troops asserted"],
    );
    check(
        "Rohan has relied on Gondor since 2021.",
        &["rohan support/COOPERATE gondor asserted"],
    );
}

#[test]
fn breaking_relations_or_ties_is_a_sanction() {
    check(
        "Rohan broke diplomatic relations with Gondor.",
        &["rohan against/SANCTION gondor asserted"],
    );
    check("Rohan broke the news to Gondor.", &[]);
}

#[test]
fn a_quotation_over_several_sentences_reports_its_speaker() {
    // The speaker named after the quotation closes, or before it opens, speaks every sentence
    // of it; a hostile act in it is the speaker's allegation against the agent.
    check(
        "\"Mordor has blocked Gondorian exports. This is unacceptable,\" Bard Bow said.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/SANCTION gondor reported [bard_bow]",
        ],
    );
    check(
        "Bard Bow said: \u{201c}Mordor has blocked Gondorian exports. This is unacceptable.\u{201d}",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/SANCTION gondor reported [bard_bow]",
        ],
    );
    // A quotation closed within its sentence carries nothing over.
    check(
        "Bard Bow called the talks \"useful\". Mordor blocked Gondorian exports.",
        &["mordor against/SANCTION gondor asserted"],
    );
    // Nor does one left open at the end of a paragraph, unless the next opens with a mark.
    check(
        "\"Mordor has blocked Gondorian exports.\n\nThis is unacceptable,\" Bard Bow said.",
        &["mordor against/SANCTION gondor asserted"],
    );
    check(
        "\"Mordor has blocked Gondorian exports.\n\n\"This is unacceptable,\" Bard Bow said.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/SANCTION gondor reported [bard_bow]",
        ],
    );
}

#[test]
fn we_after_a_colon_quote_is_the_speaker_before_it() {
    check(
        "Bard Bow said: \"We strongly condemn Mordor's decision.\"",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "\"We strongly condemn Mordor's decision,\" Bard Bow said.",
        &["bard_bow against/ACCUSE mordor reported [bard_bow]"],
    );
}

#[test]
fn we_in_a_quotation_over_several_sentences_is_its_speaker() {
    // Named after the quotation closes, or before it opens, in an earlier sentence.
    check(
        "\"We strongly condemn Mordor. We are ready to respond,\" Bard Bow said.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "Bard Bow said: \"This is unacceptable. \"We strongly condemn Mordor.\"",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    // Nobody named: no one acts.
    check(
        "\"We strongly condemn Mordor. We are ready to respond.\"",
        &[],
    );
    // So is the speaker of an act called hostile, or of a blame borne, in it.
    check(
        "\"This is a provocation by Mordor. We will respond,\" Bard Bow said.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    check(
        "\"All responsibility for this rests with Mordor. We warned them,\" Bard Bow said.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    // Not whom the speaker tells.
    check(
        "He told Gondor: \"This is unacceptable. We strongly condemn Mordor.\"",
        &[],
    );
    // "We" acts on no one of the speaker's own side.
    check(
        "\"We denounce the labelling of Gondor as a rogue state. It is cynical,\" Gondorian President Bard Bow said.",
        &[],
    );
}

#[test]
fn the_government_and_people_of_a_state_are_its_government() {
    check(
        "Rohan stands with the government and people of Gondor.",
        &["rohan support/SUPPORT gondor_government asserted"],
    );
}

#[test]
fn a_home_body_is_named_as_its_states_body() {
    // "the authorities" with no state named are the home state's, and are named so.
    check(
        "Gondorian police raided a monastery in Minas Tirith. Bard Bow accused the authorities \
         of violating the constitution.",
        &["bard_bow against/ACCUSE gondor_authorities asserted"],
    );
}

#[test]
fn a_military_government_is_a_government() {
    check(
        "Gondor's military government expelled the Rohirric ambassador.",
        &["gondor_military_government against/SANCTION rohan_ambassador asserted"],
    );
}

#[test]
fn foretelling_that_someone_will_pay_a_heavy_price_threatens_them() {
    // The speaker threatens the clause's subject now, whatever the tense foretold.
    check(
        "\"Mordor will pay a heavy price,\" Elessar Telcontar said.",
        &["elessar_telcontar against/THREATEN mordor reported [elessar_telcontar]"],
    );
    check(
        "Elessar Telcontar said Mordor would pay dearly.",
        &["elessar_telcontar against/THREATEN mordor reported [elessar_telcontar]"],
    );
    check(
        "Elessar Telcontar said Mordor would \"bear the consequences\".",
        &["elessar_telcontar against/THREATEN mordor reported [elessar_telcontar]"],
    );
    // Not denied, and not in the writer's own voice.
    check(
        "Elessar Telcontar said Mordor would not pay a heavy price.",
        &[],
    );
    check("Mordor will pay a heavy price for the war.", &[]);
    // "not go unpunished" holds its own negation.
    check(
        "Elessar Telcontar said Mordor's provocation would not go unpunished.",
        &[
            "elessar_telcontar against/ACCUSE mordor asserted",
            "elessar_telcontar against/THREATEN mordor reported [elessar_telcontar]",
        ],
    );
}

#[test]
fn an_operation_against_someone_attacks_them() {
    check(
        "Gondor launched a military operation against Mordor.",
        &["gondor against/ASSAULT mordor asserted"],
    );
}

#[test]
fn names_joined_by_a_slash_are_coordinated() {
    check(
        "Gondor attacked the White Council/Free States League in Arnor.",
        &[
            "gondor against/ASSAULT free_states asserted",
            "gondor against/ASSAULT white_council asserted",
        ],
    );
}

#[test]
fn a_reduced_passive_after_an_acronym_in_brackets_is_its_heads() {
    check(
        "Units of the White Council (WC), backed by Gondor, moved into Arnor.",
        &["gondor support/SUPPORT white_council asserted"],
    );
}

#[test]
fn a_demarche_to_an_envoy_protests_to_them() {
    check(
        "Gondor made a strong demarche to the Mordorian ambassador.",
        &["gondor against/ACCUSE mordor_ambassador asserted"],
    );
}

#[test]
fn a_capitalised_word_before_a_demonym_names_a_body_of_its_own() {
    // "the Free Syrian Army" is no Syrian army; a state's style keeps the state's body.
    check(
        "The Free Gondorian Army attacked Mordor.",
        &["free_gondorian_army against/ASSAULT mordor asserted"],
    );
    check(
        "The Royal Gondorian Air Force attacked Mordor.",
        &["gondor_air_force against/ASSAULT mordor asserted"],
    );
}

#[test]
fn a_lower_case_title_before_a_person_in_apposition_is_that_person() {
    check(
        "Elrond Half met the new army chief of staff, General Bard Bow, in Edoras.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_slogan_wishing_death_to_someone_is_against_them() {
    check(
        "Gondorian protesters chanted \"Death to Mordor\" outside the embassy.",
        &["gondor_protesters against/ACCUSE mordor asserted"],
    );
    check(
        "Gondorian protesters chanted \"Down with Mordor\".",
        &["gondor_protesters against/ACCUSE mordor asserted"],
    );
}

#[test]
fn support_promised_to_a_first_object_is_support_for_it() {
    check(
        "Gondor promised Rohan full cooperation.",
        &["gondor support/COOPERATE rohan asserted"],
    );
    // Not the subject of a clause after the verb.
    check(
        "Bard Bow said he was disappointed and claimed Elrond Half had been in talks for months.",
        &[],
    );
}

#[test]
fn a_restrictive_relative_on_an_actor_has_it_as_subject() {
    check(
        "Gondor backed a group of heavily armed Rohirric gunmen who killed a Mordor police officer.",
        &[
            "gondor support/SUPPORT rohan_gunmen asserted",
            "rohan_gunmen against/ASSAULT mordor asserted",
        ],
    );
    // The person, past an apposition.
    check(
        "Bard Bow, a Gondorian envoy who has championed talks, criticized Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    // Not an actor after a preposition.
    check(
        "Gondor welcomed the release of Rohirric nationals working for Palantir News who were detained.",
        &["gondor support/SUPPORT rohan_nationals asserted"],
    );
}

#[test]
fn a_participle_opening_the_object_is_an_adjective() {
    check(
        "Gondor backed armed Rohirric gunmen.",
        &["gondor support/SUPPORT rohan_gunmen asserted"],
    );
}

#[test]
fn a_deed_reacted_to_may_open_with_a_quotation_mark_after_its_article() {
    check(
        "Rohirric gunmen killed a Gondorian police officer. Bard Bow condemned the \"hideous attack\" on Gondorian police officers.",
        &[
            "rohan_gunmen against/ASSAULT gondor_police asserted",
            "bard_bow against/ACCUSE rohan_gunmen asserted",
        ],
    );
}

#[test]
fn an_adjective_in_ous_is_no_plural_noun_before_a_deed() {
    // "serious" is no plural noun making "attack" a verb.
    check(
        "Rohirric gunmen attacked Gondor. Bard Bow condemned the serious attack.",
        &[
            "rohan_gunmen against/ASSAULT gondor asserted",
            "bard_bow against/ACCUSE rohan_gunmen asserted",
        ],
    );
}

#[test]
fn names_joined_before_an_acts_noun_are_each_its_agent() {
    check(
        "Gondor will comply with Arnor and Rohan sanctions against Mordor.",
        &[
            "arnor against/SANCTION mordor asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
    // A speaker saying so alleges nothing against the agents of a noun inside a phrase.
    check(
        "Bard Bow said Gondor will comply with Arnorian and Rohirric sanctions against Mordor.",
        &[
            "arnor against/SANCTION mordor reported [bard_bow]",
            "rohan against/SANCTION mordor reported [bard_bow]",
        ],
    );
}

#[test]
fn a_cooperative_act_refused_for_the_future_rejects_its_partner() {
    check(
        "Gondor will not invite Bard Bow again.",
        &[
            "gondor support/CONSULT bard_bow negated",
            "gondor against/REJECT bard_bow asserted",
        ],
    );
    // Also a noun after its verb.
    check(
        "Gondor would not resume talks with Rohan.",
        &[
            "gondor support/CONSULT rohan negated",
            "gondor against/REJECT rohan asserted",
        ],
    );
    // Not an act that merely did not happen.
    check(
        "Gondor did not meet Rohan.",
        &["gondor support/CONSULT rohan negated"],
    );
}

#[test]
fn leaving_what_a_state_is_only_named_inside_is_against_it() {
    check(
        "Gondor withdrew from the commemoration of the Rohirric war.",
        &["gondor against/REJECT rohan asserted"],
    );
    // A name modifying a noun after it is no territory left.
    check(
        "Gondor pulls out of Rohan war commemoration.",
        &["gondor against/REJECT rohan asserted"],
    );
    // Territory: the object's head, its conjuncts, or a demonym before a word of land.
    check(
        "Gondor withdrew from Rohan and Arnor.",
        &[
            "gondor support/RETREAT arnor asserted",
            "gondor support/RETREAT rohan asserted",
        ],
    );
    check(
        "Gondor withdrew from Rohirric territory.",
        &["gondor support/RETREAT rohan asserted"],
    );
}

#[test]
fn he_opening_a_sentence_is_the_first_person_of_the_main_clause_before() {
    // Not a name inside an opening phrase of a preposition.
    check(
        "In an interview with the weekly Ithil Times, Bard Bow accused Mordor of aggression. He also criticised Rohan.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "bard_bow against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn a_call_on_someone_to_help_is_an_appeal_to_them() {
    check(
        "Gondor called on Rohan to help resolve the dispute.",
        &["gondor support/CONSULT rohan asserted"],
    );
    check(
        "Gondor appealed to Rohan for help.",
        &["gondor support/CONSULT rohan asserted"],
    );
    // A concession asked of them presses them.
    check(
        "Gondor called on Rohan to withdraw.",
        &["gondor against/REQUEST rohan asserted"],
    );
    // Asked, as called on; the help may take a verb of its own, whose object is another's.
    check(
        "Gondor asked Rohan to help stop Mordor's blackmail.",
        &["gondor support/CONSULT rohan asserted"],
    );
    // Asking someone to leave is still an expulsion.
    check(
        "Gondor asked the Rohirric ambassador to leave.",
        &["gondor against/SANCTION rohan_ambassador asserted"],
    );
    // Asking someone to give way is a demand on them.
    check(
        "Gondor called the decision absurd and asked Rohan to explain.",
        &["gondor against/REQUEST rohan asserted"],
    );
    check(
        "Gondor asked Rohan not to interfere.",
        &["gondor against/REQUEST rohan asserted"],
    );
    // Not when the request names a third party, nor when nothing is asked of them.
    check(
        "Gondor asked Rohan to close the straits to Mordorian ships.",
        &[],
    );
    check("Reporters asked Rohan to comment.", &[]);
}

#[test]
fn a_hostile_verbs_ing_form_before_of_is_the_noun_of_its_act() {
    check(
        "Tensions rose after the shooting of a Gondorian jet by Rohirric air defences.",
        &["rohan_air_defences against/ASSAULT gondor asserted"],
    );
    // Not a cooperative one.
    check("Rohan won with the backing of Gondor.", &[]);
}

#[test]
fn an_occupying_force_and_invaders_are_epithets() {
    check(
        "The Gondorian parliament described the Rohirric forces as an \"occupying force\".",
        &["gondor_parliament against/ACCUSE rohan_forces asserted"],
    );
    check(
        "Bard Bow called the Rohirric troops invaders.",
        &["bard_bow against/ACCUSE rohan_troops asserted"],
    );
}

#[test]
fn a_judging_adjective_may_follow_a_first_adjective_that_is_no_cue() {
    check(
        "Rohan imposed sanctions on Gondor. Gondor described the measures as unpredictable and aggressive.",
        &[
            "rohan against/SANCTION gondor asserted",
            "gondor against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn speaking_to_someone_by_telephone_is_a_call_of_two() {
    check(
        "Elrond Half spoke to Bard Bow by telephone.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn a_title_after_a_comma_and_an_article_is_the_named_persons() {
    // Not the lexicon's holder of the office.
    check(
        "Denethor Steward, the Gondorian president, said he had spoken to Bard Bow by phone.",
        &[
            "bard_bow support/CONSULT denethor_steward reported [denethor_steward]",
            "denethor_steward support/CONSULT bard_bow reported [denethor_steward]",
        ],
    );
}

#[test]
fn vowing_and_swearing_are_promises() {
    // A hostile act sworn is a threat made now.
    check(
        "Gondor swore to crush Mordor.",
        &[
            "gondor against/COERCE mordor hypothetical",
            "gondor against/THREATEN mordor asserted",
        ],
    );
    // Support vowed is support, as support pledged is.
    check(
        "Gondor vowed to support Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
}

#[test]
fn an_order_to_ones_own_states_bodies_is_a_command_not_an_act() {
    check(
        "King Elessar Telcontar ordered the Gondorian Guard to withdraw.",
        &[],
    );
    check(
        "King Elessar Telcontar ordered Gondor's consulates to help. Elessar Telcontar ordered Mordor to withdraw.",
        &["elessar_telcontar against/REQUEST mordor asserted"],
    );
}

#[test]
fn an_agents_noun_in_apposition_is_the_writers_description() {
    // Not reported by a speaker taken from the reporting verb after it.
    check(
        "Bard Bow, a frequent critic of Elrond Half, said Elrond Half would have to learn.",
        &["bard_bow against/ACCUSE elrond_half asserted"],
    );
}

#[test]
fn a_light_verbs_noun_may_follow_a_count_of_it() {
    check(
        "Elrond Half held at least five telephone conversations with Bard Bow.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn restraining_someone_coerces_them() {
    check(
        "The Gondorian court restrained Bard Bow from leaving Gondor.",
        &["gondor_court against/COERCE bard_bow asserted"],
    );
}

#[test]
fn the_second_part_of_a_titles_compound_is_no_cue() {
    // "designate" is no verb in "ambassador-designate".
    check(
        "Gondor named Bard Bow its ambassador-designate to Rohan.",
        &[],
    );
}

#[test]
fn a_verbal_nouns_deed_done_to_someone_is_not_against_the_victim() {
    check(
        "Bard Bow expressed concern over the restrictions on Elrond Half.",
        &[],
    );
    // The state where it happened did it.
    check(
        "Bard Bow voiced concern over the arrest of Rohirric journalists in Mordor.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/COERCE rohan_journalists asserted",
        ],
    );
    // Support for a hostile act is still against its target.
    check(
        "Bard Bow expressed support for the attack on Mordor.",
        &["bard_bow against/ASSAULT mordor asserted"],
    );
}

#[test]
fn a_request_reported_accuses_no_one() {
    // Faramir tells of Mordor's demand; he alleges nothing against Mordor.
    check(
        "Faramir Hurin said Mordor had called on Rohan to give access.",
        &["mordor against/REQUEST rohan reported [faramir_hurin]"],
    );
}

#[test]
fn leaving_what_is_named_after_oneself_leaves_what_the_phrase_names_next() {
    check(
        "Gondor pulls out of the Year of Gondor in Rohan.",
        &["gondor against/REJECT rohan asserted"],
    );
}

#[test]
fn talks_mediated_in_a_parenthesis_are_mediated_for_both_parties_and_happen() {
    check(
        "Talks between Gondor and Rohan, mediated by Arnor, resumed on Monday.",
        &[
            "arnor support/CONSULT gondor asserted",
            "arnor support/CONSULT rohan asserted",
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn a_relative_pronoun_past_a_report_inside_the_clause_is_its_subject() {
    check(
        "Bard Bow criticised Mordor, which he said attacked Gondor.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/ASSAULT gondor asserted",
        ],
    );
}

#[test]
fn a_deed_reacted_to_on_a_date_has_no_party_of_its_own() {
    // "on Sept. 18" is when, not whom the agreement is on.
    check(
        "Gondor and Rohan signed an agreement. Arnor welcomed the agreement on Sept. 18.",
        &[
            "arnor support/SUPPORT gondor asserted",
            "arnor support/SUPPORT rohan asserted",
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
}

#[test]
fn a_title_with_its_remit_before_a_name_in_apposition_gives_the_owner() {
    let text = "The White Council's special envoy for the northern dialogue, Elrond Half, condemned Mordor.";
    check(text, &["elrond_half against/ACCUSE mordor asserted"]);
    assert_eq!(
        top_in(text, "elrond_half").as_deref(),
        Some("white_council")
    );
}

#[test]
fn using_a_weapon_against_someone_assaults_them() {
    check(
        "Gondorian police used tear gas against Rohirric protesters.",
        &["gondor_police against/ASSAULT rohan_protesters asserted"],
    );
    check(
        "Gondor used mortars against Rohirric border guards.",
        &["gondor against/ASSAULT rohan_border_guards asserted"],
    );
}

#[test]
fn refuge_granted_and_passports_granted_are_aid() {
    check(
        "Gondor granted Elrond Half refuge.",
        &["gondor support/AID elrond_half asserted"],
    );
    check(
        "Rohan granted passports to Gondorian citizens.",
        &["rohan support/AID gondor_citizens asserted"],
    );
    // Refuge taken somewhere is given by that place.
    check(
        "Elrond Half took refuge at the Gondorian embassy.",
        &["gondor_embassy support/AID elrond_half asserted"],
    );
}

#[test]
fn the_aggression_of_someone_is_theirs() {
    check(
        "Rohan condemned the aggression of Mordorian forces.",
        &["rohan against/ACCUSE mordor_forces asserted"],
    );
    // Also with the noun quoted.
    check(
        "Rohan condemned what it called the \"naked aggression\" of Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    check(
        "The aggression of Mordor against Gondor continued.",
        &["mordor against/ASSAULT gondor asserted"],
    );
}

#[test]
fn the_agent_of_a_hostile_compound_participle_is_no_object_nor_accused() {
    // "Mordor-designated" names who designated the groups: no one is acted on, and the
    // speaker accuses no one.
    check(
        "Gondor must act against Mordor-designated terrorist groups.",
        &[],
    );
    check(
        "Bard Bow said that Gondor must act against Mordor-designated terrorist groups.",
        &[],
    );
    // A leader still is: "criticised the Mordor-led coalition".
    check(
        "Rohan criticised the Mordor-led coalition.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn an_amount_in_aid_is_the_light_verbs_object() {
    check(
        "Rohan has provided more than $2 billion in assistance to Gondor since 1991.",
        &["rohan support/AID gondor asserted"],
    );
    check(
        "Arnor pledged 500 million euros in aid to Gondor.",
        &["arnor support/AID gondor asserted"],
    );
}

#[test]
fn a_year_between_an_article_and_a_noun_keeps_it_a_noun() {
    check(
        "The 2014 invasion of Rohan by Mordor shocked Arnor.",
        &["mordor against/ASSAULT rohan asserted"],
    );
    check(
        "The June 2010 clashes between Rohan and Mordor left 40 dead.",
        &[
            "mordor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT mordor asserted",
        ],
    );
}

#[test]
fn he_after_a_quotation_is_its_speaker_not_someone_it_names() {
    check(
        "Bard Bow criticised Mordor. \"Elrond Half's case remains a concern to us,\" he said, \
         calling on Mordor to release him.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "bard_bow against/REQUEST mordor asserted",
        ],
    );
}

#[test]
fn parties_named_together_call_off_ties_with_each_other() {
    check(
        "Gondor and Rohan broke off diplomatic relations.",
        &[
            "gondor against/SANCTION rohan asserted",
            "rohan against/SANCTION gondor asserted",
        ],
    );
    check(
        "Relations between Gondor and Rohan soured, and the two countries severed most of \
         their ties.",
        &[
            "gondor against/SANCTION rohan asserted",
            "rohan against/SANCTION gondor asserted",
        ],
    );
}

#[test]
fn a_demonym_before_an_acts_noun_judged_names_its_agent() {
    check(
        "Bard Bow called the Gondorian ban \"absurd\".",
        &["bard_bow against/ACCUSE gondor asserted"],
    );
}

#[test]
fn an_unknown_name_joined_to_a_named_organisation_is_one_of_its_kind() {
    check(
        "Palantir News and Seeingstone were banned by Mordor.",
        &[
            "mordor against/SANCTION palantir_news asserted",
            "mordor against/SANCTION seeingstone asserted",
        ],
    );
    // Of the same state as the named one.
    check(
        "Mordor banned the Mordor Herald and Barad Daily.",
        &[
            "mordor against/SANCTION barad_daily asserted",
            "mordor against/SANCTION mordor_herald asserted",
        ],
    );
}

#[test]
fn an_occasion_phrase_naming_no_one_ends_the_object() {
    check(
        "Rohan closed the border in solidarity with a neighbouring ally during the war over \
         Gondor.",
        &[],
    );
}

#[test]
fn an_agents_by_outranks_a_possessive_inside_the_heads_of() {
    check(
        "Bard Bow said the violation of Rohan's airspace by Mordor was unacceptable.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/ACCUSE rohan reported [bard_bow]",
        ],
    );
}

#[test]
fn whoever_held_someone_in_custody_releases_them() {
    check(
        "Rohirric prisoners freed from Gondorian custody returned home.",
        &["gondor support/CONCEDE rohan_prisoners asserted"],
    );
    check(
        "Bard Bow was released from Gondorian detention on Monday.",
        &["gondor support/CONCEDE bard_bow asserted"],
    );
}

#[test]
fn it_opening_a_relative_clause_is_the_subject_before() {
    check(
        "Gondor welcomed the operation as a response to the attack, which it also blamed on \
         Mordor.",
        &["gondor against/ACCUSE mordor asserted"],
    );
    check(
        "Rohan sank a boat, an incident that Gondor blamed on Mordor, which it accused of \
         provocations.",
        &["gondor against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_stateless_body_title_opening_a_sentence_is_of_the_state_the_sentence_before_opened_with() {
    let text = "MINAS TIRITH - Gondor condemned Mordor. Rohan has also objected to the decision. \
                Foreign Ministry spokesperson Elrond Tall said Mordor's move was unacceptable.";
    check(
        text,
        &[
            "elrond_tall against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor asserted",
        ],
    );
    assert_eq!(top_in(text, "elrond_tall").as_deref(), Some("rohan"));
}

#[test]
fn a_participles_phrase_after_the_head_noun_is_no_subject() {
    check(
        "A Gondorian tanker carrying Rohirric grain was seized by Mordor.",
        &["mordor against/COERCE gondor asserted"],
    );
}

#[test]
fn a_documents_participle_is_its_issuers_act() {
    // A phrasal cue verb after a document's noun is a participle, whatever follows it; the
    // light verb's subject acts, past a time phrase and a compound modifier.
    check(
        "The Rohirric parliament last month adopted a non-binding resolution calling for sanctions against Gondor.",
        &["rohan_parliament against/REQUEST gondor asserted"],
    );
    check(
        "The Rohirric parliament adopted a resolution demanding sanctions against Gondor.",
        &["rohan_parliament against/REQUEST gondor asserted"],
    );
    // The deed demanded is not the light verb's: no expulsion by Arnor.
    check(
        "Arnor issued a statement demanding the expulsion of the Gondorian ambassador.",
        &["arnor against/REQUEST gondor_ambassador asserted"],
    );
}

#[test]
fn an_adverb_of_time_in_a_relative_clause_keeps_its_antecedent() {
    check(
        "Elessar Telcontar, who soon embarked on a tour of Rohan, was received by Bard Bow.",
        &[
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
            "elessar_telcontar support/CONSULT rohan asserted",
        ],
    );
}

#[test]
fn foiling_a_deed_acts_on_its_agent() {
    check(
        "The Gondorian guard thwarted attacks prepared by Arnorian intelligence.",
        &["gondor_guard against/COERCE arnor_intelligence asserted"],
    );
    check(
        "Gondorian troops repelled an attack by Mordorian forces.",
        &["gondor_troops against/ASSAULT mordor_forces asserted"],
    );
    check(
        "Gondorian air defences intercepted drones launched by Mordor.",
        &["gondor_air_defences against/COERCE mordor asserted"],
    );
    // No agent named: the object is acted on.
    check(
        "Gondorian troops repelled Mordorian forces near Osgiliath.",
        &["gondor_troops against/ASSAULT mordor_forces asserted"],
    );
    // A judging modifier keeps the deed a noun; a passive relative names its agent.
    check(
        "The Gondorian guard has thwarted terrorist attacks in Edoras that were being prepared by Arnorian intelligence.",
        &["gondor_guard against/COERCE arnor_intelligence asserted"],
    );
}

#[test]
fn a_relative_clause_after_an_acronym_or_a_persons_body() {
    // Past an acronym in brackets to the antecedent; "who" after a person named with their
    // body is the person.
    check(
        "Bard Bow of the White Council (WC), who was detained by Gondorian police, returned to Rohan.",
        &["gondor_police against/COERCE bard_bow asserted"],
    );
    check(
        "The White Council (WC), which was attacked by Mordor, retaliated.",
        &["mordor against/ASSAULT white_council asserted"],
    );
}

#[test]
fn an_origin_names_no_actor() {
    // "of Gondorian origin" is no Gondor: the citizen is Rohan's.
    check(
        "A Rohirric citizen of Gondorian origin was arrested by Arnorian police.",
        &["arnor_police against/COERCE rohan asserted"],
    );
}

#[test]
fn a_headline_surname_is_the_person_the_body_names_in_full() {
    // The body names the person in full only after the headline.
    check(
        "Gorbag condemns Rohan\n\nMordorian envoy Shagrat Gorbag condemned the Rohirric raids on Monday.",
        &[
            "shagrat_gorbag against/ACCUSE rohan asserted",
            "shagrat_gorbag against/ACCUSE rohan asserted",
        ],
    );
    // A name modifying a noun ("Gorbag dam") is left as it was.
    check(
        "Rohan condemns Gorbag dam attack\n\nMordorian envoy Shagrat Gorbag condemned the Rohirric raids on Monday.",
        &["shagrat_gorbag against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_possessive_before_a_bodys_own_name_is_the_body() {
    check(
        "Mordorian rebels attacked Gondor's White Council.",
        &["mordor_rebels against/ASSAULT white_council asserted"],
    );
    // A name modifying a noun is not the one acted on.
    check(
        "Mordorian rebels attacked Gondor's Rohan policy.",
        &["mordor_rebels against/ASSAULT gondor asserted"],
    );
}

#[test]
fn inflicting_losses_is_an_assault() {
    check(
        "Arnorian troops inflicted heavy losses on Mordorian forces.",
        &["arnor_troops against/ASSAULT mordor_forces asserted"],
    );
}

#[test]
fn a_modified_bare_army_is_the_home_states() {
    check(
        "MINAS TIRITH: The federal army shelled Mordor on Monday.",
        &["gondor_federal_army against/ASSAULT mordor asserted"],
    );
    // A title's first word names no army.
    check(
        "MINAS TIRITH: The new army chief met Bard Bow on Monday.",
        &[],
    );
}

#[test]
fn handing_a_note_to_an_envoy_is_a_protest() {
    check(
        "Gondor Foreign Ministry hands note to Rohirric ambassador over remarks",
        &["gondor_foreign_ministry against/ACCUSE rohan_ambassador asserted"],
    );
    check(
        "The Gondor Foreign Ministry handed a note to the Rohirric ambassador.",
        &["gondor_foreign_ministry against/ACCUSE rohan_ambassador asserted"],
    );
}

#[test]
fn passive_agents_go_on_past_a_relative_clause() {
    check(
        "Mordor attacked Rohan. The attack was condemned by the White Council, which also suspended Mordor, and by Gondor and Arnor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan asserted",
            "white_council against/ACCUSE mordor asserted",
            "white_council against/SANCTION mordor asserted",
        ],
    );
}

#[test]
fn ties_are_an_act_only_as_a_light_verbs_object() {
    check(
        "Rohan deepened its ties with Gondor.",
        &["rohan support/COOPERATE gondor asserted"],
    );
    check(
        "Rohan deepened its relations with Gondor.",
        &["rohan support/COOPERATE gondor asserted"],
    );
    check("Rohan would not abandon its ties with Gondor.", &[]);
}

#[test]
fn a_bodys_name_before_an_acts_noun_is_the_judged_actor() {
    check(
        "Bard Bow called the Gondorian Guard raid unacceptable.",
        &["bard_bow against/ACCUSE gondor_guard asserted"],
    );
}

#[test]
fn respecting_a_states_territorial_integrity_is_support() {
    check(
        "Rohan respects the territorial integrity of Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
}

#[test]
fn reprehensible_judges_an_act() {
    check(
        "Gondor executed two Rohirric prisoners. The White Council called the executions reprehensible.",
        &[
            "gondor against/ASSAULT rohan_prisoners asserted",
            "white_council against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn a_counted_group_named_in_apposition_is_its_people() {
    check(
        "Gondor freed two Mordorians, Bard Bow and Saruman White, on Monday.",
        &[
            "gondor support/CONCEDE bard_bow asserted",
            "gondor support/CONCEDE saruman_white asserted",
        ],
    );
}

#[test]
fn a_complaint_with_a_body_is_addressed_to_it() {
    check("Rohan filed a complaint with the White Council.", &[]);
    check(
        "Rohan filed a complaint with the White Council against Mordor.",
        &["rohan against/ACCUSE mordor asserted"],
    );
}

#[test]
fn barred_from_a_states_ground_is_that_states_act() {
    check(
        "Two Mordorian airlines were barred from Gondorian airspace.",
        &["gondor against/SANCTION mordor asserted"],
    );
    check(
        "Bard Bow was banned from entering Gondor.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
    check("Bard Bow was banned from the tournament.", &[]);
}

#[test]
fn talks_that_failed_were_held() {
    check(
        "Talks between Gondor and Rohan in Edoras on Friday failed.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
    check(
        "Talks between Gondor and Rohan collapsed.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
}

#[test]
fn back_after_a_past_verb_is_an_adverb() {
    check("Bard Bow flew back into Mordor on Friday.", &[]);
    check(
        "Rohan backed Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
}

#[test]
fn a_deputy_holds_no_office_an_unnamed_holder_stood_for() {
    check(
        "Rohan cancels meeting with Gondorian prime minister\n\nRohan cancelled a meeting with its Gondorian counterpart, Bard Bow. Rohan offered him a meeting with the deputy prime minister, Elrond Half, instead.",
        &[
            "rohan against/SANCTION bard_bow asserted",
            "rohan against/SANCTION gondor_prime_minister asserted",
            "rohan support/CONSULT gondor_prime_minister negated",
        ],
    );
}

#[test]
fn a_body_named_with_its_acronym_is_one_actor() {
    // A state's name inside the name is no actor of its own; the acronym names the body later.
    check(
        "The exiled opposition group National Council of Resistance of Gondor (NCRG) condemned Rohan. The NCRG also accused Gondor of torture.",
        &[
            "national_council_of_resistance_of_gondor against/ACCUSE gondor asserted",
            "national_council_of_resistance_of_gondor against/ACCUSE rohan asserted",
        ],
    );
    // A role word may open the name.
    check(
        "The National Liberation Front (NLF) accused Rohan of violating the deal.",
        &["national_liberation_front against/ACCUSE rohan asserted"],
    );
    // A treaty is no body; initials that spell no acronym name nothing.
    check(
        "The Comprehensive Test Ban Council (CTBC) Treaty was signed by Gondor.",
        &[],
    );
    // Who the body belongs to: a state's own body, else its own movement or organisation.
    let lex = lexicon();
    let text = "The State Audit Office of Gondor (SAOG) accused Rohan. The Union of Independent Journalists of Gondor (UIJG) condemned Rohan. The National Council of Resistance of Gondor (NCRG) condemned Rohan.";
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let ex = Extractor::new(lex).extract(&doc);
    let top = |id: &str| ex.top(id).map(|a| a.id.clone());
    assert_eq!(top("gondor_state_audit_office").as_deref(), Some("gondor"));
    let union = "union_of_independent_journalists_of_gondor";
    assert_eq!(top(union).as_deref(), Some(union));
    let council = "national_council_of_resistance_of_gondor";
    assert_eq!(top(council).as_deref(), Some(council));
}

#[test]
fn a_title_s_modifier_may_open_a_body_s_name() {
    check(
        "The National Salvation Council condemned Rohan.",
        &["national_salvation_council against/ACCUSE rohan asserted"],
    );
    // Not a title ("National Security Adviser"), nor a state's service named by its nouns.
    check(
        "National Security Adviser Bard Bow condemned Rohan.",
        &["bard_bow against/ACCUSE rohan asserted"],
    );
    check(
        "The Gondorian Foreign Intelligence Service accused Rohan.",
        &["gondor_foreign_intelligence_service against/ACCUSE rohan asserted"],
    );
}

#[test]
fn them_after_a_verb_may_stand_for_the_group_the_sentence_before_named_last() {
    check(
        "Two Rohirric journalists were detained in Gondor. Gondorian police beat them.",
        &[
            "gondor against/COERCE rohan_journalists asserted",
            "gondor_police against/ASSAULT rohan_journalists asserted",
        ],
    );
    // Not when someone else is named before it in its own sentence.
    check(
        "Two Rohirric journalists were detained in Gondor. Gondorian police froze the assets of Arnor, accusing them of fraud.",
        &[
            "gondor against/COERCE rohan_journalists asserted",
            "gondor_police against/SANCTION arnor asserted",
        ],
    );
}

#[test]
fn a_protest_against_a_deed_done_to_someone_is_against_its_agent() {
    check(
        "Gondor protested against the arrest of Elrond Half in Rohan.",
        &[
            "gondor against/ACCUSE rohan asserted",
            "rohan against/COERCE elrond_half asserted",
        ],
    );
    check("Gondor protested over the detention of Elrond Half.", &[]);
}

#[test]
fn the_penalty_a_sentence_gives_is_no_act_of_its_own() {
    // Not "imprisonment … for the murder of Elrond Half", against the victim.
    check(
        "Bard Bow, an Arnorian officer, was sentenced to life imprisonment in Rohan for the murder of Gondorian officer Elrond Half.",
        &["rohan against/COERCE bard_bow asserted"],
    );
}

#[test]
fn a_relative_named_after_a_possessive_is_the_one_acted_on() {
    // A given name alone takes the family name the possessive is written with.
    check(
        "Gondorian police arrested Bard Bow's son Elrond and his wife.",
        &["gondor_police against/COERCE elrond_bow asserted"],
    );
    check(
        "Gondorian police arrested Bard Bow's son, Elrond Bow.",
        &["gondor_police against/COERCE elrond_bow asserted"],
    );
    // Unnamed, the relative is no one the lexicon knows; the parent is not the one arrested.
    check("Gondorian police arrested Bard Bow's son.", &[]);
}

#[test]
fn an_apology_for_a_deed_is_to_the_one_it_was_done_to() {
    check(
        "Elrond Half apologised for the arrest of Bard Bow.",
        &["elrond_half support/CONCEDE bard_bow asserted"],
    );
}

#[test]
fn an_infinitive_after_a_relative_clause_is_its_antecedent_s() {
    check(
        "Arnor, which holds the council's presidency, has been trying to mediate between Gondor and Rohan.",
        &[
            "arnor support/CONSULT gondor asserted",
            "arnor support/CONSULT rohan asserted",
        ],
    );
    // Not an infinitive a noun governs: "has rejected calls to free …".
    check(
        "The junta, which calls itself the Council, has rejected calls to free Bard Bow.",
        &[],
    );
}

#[test]
fn stopping_a_light_verb_s_cooperative_act_is_against_its_partner() {
    check(
        "Gondor stopped issuing visas to Rohirric citizens.",
        &["gondor against/SANCTION rohan_citizens asserted"],
    );
}

#[test]
fn a_state_s_name_before_its_own_body_is_part_of_the_body_s_name() {
    check(
        "Rohan condemned the Gondor Guard of the Citadel.",
        &["rohan against/ACCUSE gondor_guard asserted"],
    );
}

#[test]
fn the_parties_to_an_exchange_are_those_who_swap_not_what_is_swapped() {
    check(
        "Gondor and Rohan swapped ten Rohirric citizens for four men.",
        &[
            "gondor support/COOPERATE rohan asserted",
            "rohan support/COOPERATE gondor asserted",
        ],
    );
    check(
        "Gondor exchanged prisoners with Rohan.",
        &["gondor support/COOPERATE rohan asserted"],
    );
    check(
        "Gondor swapped ten Rohirric citizens for four Gondorian spies.",
        &[],
    );
    // Exchanging fire is no exchange of prisoners.
    check(
        "Gondor and Rohan exchanged fire.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
}

#[test]
fn a_second_participle_shares_the_first_one_s_passive() {
    // "flown to Gondor" is no visit by the one flown.
    check(
        "Bard Bow was detained in Rohan by Gondorian agents and flown to Gondor.",
        &["gondor against/COERCE bard_bow asserted"],
    );
    // A past tense after "and" keeps its own subject.
    check(
        "Rohan said its words had been taken out of context and apologized to Gondor.",
        &["rohan support/CONCEDE gondor asserted"],
    );
}

#[test]
fn a_title_may_open_the_person_in_apposition_to_an_envoy() {
    check(
        "Rohan summoned the Gondorian envoy, Ambassador Bard Bow.",
        &["rohan against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn a_sovereign_s_title_alone_names_its_holder() {
    check(
        "King Elessar Telcontar condemned Rohan. Bard Bow thanked the king for his words.",
        &[
            "bard_bow support/SUPPORT elessar_telcontar asserted",
            "elessar_telcontar against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn the_agent_of_what_was_fired_is_the_subject() {
    check(
        "A mortar shell fired by Gondorian forces killed five Rohirric civilians.",
        &["gondor_forces against/ASSAULT rohan_civilians asserted"],
    );
}

#[test]
fn a_participle_s_phrase_between_subject_and_verb_is_passed() {
    check(
        "Rohan, meeting in emergency session at Gondor's request on Wednesday night, strongly condemned Arnor.",
        &["rohan against/ACCUSE arnor asserted"],
    );
}

#[test]
fn a_body_an_organisation_owns_is_its() {
    let lex = lexicon();
    let text = "The Free States League's Permanent Council condemned Arnor.";
    let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
    let ex = Extractor::new(lex).extract(&doc);
    assert_eq!(
        ex.top("permanent_council").map(|a| a.id.as_str()),
        Some("free_states")
    );
}

#[test]
fn a_protest_over_a_deed_by_someone_is_against_that_agent() {
    check(
        "Rohan lodged a strong protest over the killing of two Rohirric soldiers by Gondorian troops.",
        &[
            "gondor_troops against/ASSAULT rohan_soldiers asserted",
            "rohan against/ACCUSE gondor_troops asserted",
        ],
    );
}

#[test]
fn an_assault_with_no_agent_is_the_when_clause_s_attacker() {
    check(
        "Two Rohirric soldiers were killed when Gondorian troops shelled their post.",
        &["gondor_troops against/ASSAULT rohan_soldiers asserted"],
    );
    check(
        "Bard Bow and Elrond Half were killed when a Gondorian patrol, using the cover of dense fog, ambushed a Rohirric patrol.",
        &[
            "gondor_patrol against/ASSAULT bard_bow asserted",
            "gondor_patrol against/ASSAULT elrond_half asserted",
            "gondor_patrol against/ASSAULT rohan_patrol asserted",
        ],
    );
}

#[test]
fn an_apology_demanded_from_someone_presses_them() {
    check(
        "Gondor demanded an apology from Rohan.",
        &["gondor against/REQUEST rohan asserted"],
    );
    // Not a release asked for someone.
    check("Gondor demanded the release of Bard Bow from Rohan.", &[]);
}

#[test]
fn a_preposition_opening_a_sentence_is_no_name_word() {
    check(
        "In Admiralty, dozens of Gondorian protesters gathered outside the Rohirric consulate, demanding an apology from Rohan.",
        &["gondor_protesters against/REQUEST rohan asserted"],
    );
}

#[test]
fn a_family_name_before_a_hyphenated_given_name_names_the_person() {
    // "Chief Executive" is a title; the family name comes before "Yam-kuen".
    check(
        "Chief Executive Bard Tsang Yam-kuen condemned Rohan. Tsang also accused Gondor of lying.",
        &[
            "bard_tsang_yam_kuen against/ACCUSE gondor asserted",
            "bard_tsang_yam_kuen against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn a_bare_second_infinitive_shares_the_first_one_s_subject_and_modality() {
    check(
        "Gondor decided to close its embassy in Edoras and expel Rohirric diplomats.",
        &[
            "gondor against/SANCTION rohan asserted",
            "gondor against/SANCTION rohan_diplomats asserted",
        ],
    );
    check(
        "Arnor urged Gondor to free Bard Bow and condemn Rohan.",
        &[
            "arnor against/REQUEST gondor asserted",
            "gondor against/ACCUSE rohan hypothetical",
            "gondor support/CONCEDE bard_bow hypothetical",
        ],
    );
}

#[test]
fn the_government_accused_of_a_charge_in_lower_case_is_the_home_states() {
    check(
        "MINAS TIRITH, May 2 (Reuters) - Gondor recalled its envoy to Rohan. Bard Bow accused the government of \"laxity\".",
        &[
            "bard_bow against/ACCUSE gondor_government asserted",
            "gondor against/SANCTION rohan asserted",
        ],
    );
    check(
        "MINAS TIRITH, May 2 (Reuters) - Gondor recalled its envoy to Rohan. Bard Bow accused the government of incompetence.",
        &[
            "bard_bow against/ACCUSE gondor_government asserted",
            "gondor against/SANCTION rohan asserted",
        ],
    );
}

#[test]
fn the_opposition_with_no_state_named_is_the_opposition_of_the_first_actors_state() {
    check(
        "Gondor's president accused the opposition of plotting a coup.",
        &["wang_ecthelion against/ACCUSE gondor_opposition asserted"],
    );
    check(
        "Minas Tirith blamed opposition supporters for the violence.",
        &["gondor against/ACCUSE gondor_opposition asserted"],
    );
    // Beside "the government": the home state's, as the government is.
    check(
        "MINAS TIRITH, May 2 (Reuters) - The government accused the opposition of plotting a coup.",
        &["gondor_government against/ACCUSE gondor_opposition asserted"],
    );
    // Not the opposition to a plan, nor a party named after it.
    check("Gondor's president noted the opposition to the plan.", &[]);
    check(
        "Gondor's president accused the opposition Freedom Party of plotting a coup.",
        &["wang_ecthelion against/ACCUSE freedom_party asserted"],
    );
}

#[test]
fn an_apposition_may_hold_an_acronym_in_brackets() {
    check(
        "Elrond Half, head of the Gondorian State Migration Service (GSMS), criticised Mordor.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
    check(
        "Elrond Half, spokesman of the Gondorian Foreign Ministry (GFM), criticised Mordor.",
        &["elrond_half against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_verb_of_placing_on_a_list_of_those_sanctioned_is_a_sanction() {
    check(
        "Gondor has placed Bard Bow on its wanted list.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
    check(
        "Bard Bow was put on the federal wanted list by Gondor's Interior Ministry.",
        &["gondor_interior_ministry against/SANCTION bard_bow asserted"],
    );
    check(
        "Gondor added Rohan to the sanctions list.",
        &["gondor against/SANCTION rohan asserted"],
    );
    // Not without such a list.
    check("Gondor added Rohan to the talks.", &[]);
    check(
        "Gondor put pressure on Rohan to release the list of prisoners.",
        &["gondor against/COERCE rohan asserted"],
    );
}

#[test]
fn a_hyphenated_title_after_the_names_its_holder() {
    check(
        "White Council Secretary-General Elrond Half condemned Mordor. Rohan expressed solidarity with the secretary-general.",
        &[
            "elrond_half against/ACCUSE mordor asserted",
            "rohan support/SUPPORT elrond_half asserted",
        ],
    );
    check(
        "Gondorian Director-General Elrond Half condemned Mordor. Rohan barred the Director-General from entering the country.",
        &[
            "elrond_half against/ACCUSE mordor asserted",
            "rohan against/SANCTION elrond_half asserted",
        ],
    );
}

#[test]
fn a_reflexive_object_is_the_subject_itself() {
    // Defending oneself against someone is no support for them.
    check("Gondor said it would defend itself against Mordor.", &[]);
    // A phrasal cue past the reflexive.
    check(
        "Rohan aligned itself with Gondor.",
        &["rohan support/AGREE gondor asserted"],
    );
    check(
        "Gondor distanced itself from Mordor.",
        &["gondor against/REJECT mordor asserted"],
    );
    // An intensifier between an auxiliary and its verb.
    check(
        "Rohan, which has itself launched attacks on Mordor, condemned Gondor.",
        &[
            "rohan against/ACCUSE gondor asserted",
            "rohan against/ASSAULT mordor asserted",
        ],
    );
}

#[test]
fn a_capitalised_noun_cue_inside_a_name_is_no_cue() {
    check(
        "The Gondor Assistance Mission for Rohan said the strikes must stop.",
        &[],
    );
    // A named agreement still is one.
    check(
        "Rohan and Gondor signed the Edoras Declaration.",
        &[
            "gondor support/AGREE rohan asserted",
            "rohan support/AGREE gondor asserted",
        ],
    );
    // Nor in a headline written in title case.
    check(
        "Gondor Condemns Rohan Over Attack",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_hostile_act_a_verb_of_agreeing_governs_is_its_subjects() {
    check(
        "Gondor agreed to impose sanctions on Mordor.",
        &["gondor against/SANCTION mordor asserted"],
    );
    // Not a conjunct another verb's object.
    check(
        "Elrond Half hosted Rohirric President Bard Bow and the White Council agreed to impose sanctions on Mordor.",
        &[
            "elrond_half support/CONSULT bard_bow asserted",
            "white_council against/SANCTION mordor asserted",
        ],
    );
    // "tighten" is a light verb.
    check(
        "Gondor tightened sanctions on Mordor.",
        &["gondor against/SANCTION mordor asserted"],
    );
}

#[test]
fn a_light_verb_declaring_its_object_persona_non_grata_reports_nothing() {
    // Not Elrond Half declaring that Gondor barred him.
    check(
        "Gondor bars White Council chief Elrond Half from entering country, declares him 'persona non grata'",
        &["gondor against/SANCTION elrond_half asserted"],
    );
}

#[test]
fn refusing_to_tolerate_someones_acts_rejects_them() {
    check(
        "Gondor will not tolerate Mordor's attempts to intimidate activists.",
        &[
            "gondor against/REJECT mordor asserted",
            "gondor support/SUPPORT mordor negated",
        ],
    );
}

#[test]
fn a_bounty_for_someone_is_coercion() {
    check(
        "Gondor offered a bounty for Bard Bow.",
        &["gondor against/COERCE bard_bow asserted"],
    );
}

#[test]
fn would_after_a_report_past_a_time_and_a_subject_is_announced() {
    check(
        "Bard Bow said on Wednesday that his country would break diplomatic relations with Mordor.",
        &["rohan against/SANCTION mordor reported [bard_bow]"],
    );
}

#[test]
fn calling_a_government_genocidal_judges_it() {
    check(
        "Bard Bow called the Mordorian government \"genocidal\".",
        &["bard_bow against/ACCUSE mordor_government asserted"],
    );
}

#[test]
fn a_recall_of_ones_own_envoys_with_no_host_follows_the_sentences_earlier_sanction() {
    check(
        "Gondor cut diplomatic ties with Mordor, while Rohan and Arnor recalled their ambassadors for consultations.",
        &[
            "arnor against/SANCTION mordor asserted",
            "gondor against/SANCTION mordor asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
    // With no earlier sanction, no one is named.
    check("Rohan recalled its ambassador for consultations.", &[]);
}

#[test]
fn a_notice_issued_to_someone_is_a_demand() {
    check(
        "Gondor has issued a notice to Mordor seeking changes to the treaty.",
        &["gondor against/REQUEST mordor asserted"],
    );
}

#[test]
fn a_group_noun_after_a_peoples_capitalised_adjective_is_a_group_of_its_own() {
    check(
        "Gondor launched strikes on Kurdish separatists in northern Rohan.",
        &["gondor against/ASSAULT kurdish_separatists asserted"],
    );
    check(
        "Kurdish militants attacked Gondor.",
        &["kurdish_militants against/ASSAULT gondor asserted"],
    );
    check(
        "Gondor said Baloch militants had attacked a Rohirric convoy.",
        &[
            "baloch_militants against/ASSAULT rohan reported [gondor]",
            "gondor against/ACCUSE baloch_militants asserted",
        ],
    );
    // Opening the sentence, only a people's adjective: no group "Armed militants".
    check("Armed militants attacked Gondor.", &[]);
}

#[test]
fn a_list_closed_by_a_conjunct_naming_no_actor_keeps_its_members() {
    check(
        "Gondorian officials accused Rohan, Mordor and their allies of fomenting the unrest.",
        &[
            "gondor_officials against/ACCUSE mordor asserted",
            "gondor_officials against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn an_organisations_name_before_a_listed_persons_title_names_their_body_here() {
    // Bard Bow is Rohan's in the lexicon; here he speaks for the White Council.
    check(
        "White Council President Bard Bow called on Mordor to withdraw.",
        &["bard_bow against/REQUEST mordor asserted"],
    );
    let lex = lexicon();
    let doc = Document::from_bytes(
        "t",
        b"White Council President Bard Bow called on Mordor to withdraw.",
    )
    .unwrap();
    let ex = Extractor::new(lex).extract(&doc);
    assert_eq!(
        ex.actors.get("bard_bow").and_then(|a| a.parent.as_deref()),
        Some("white_council")
    );
}

#[test]
fn a_delegation_sent_to_someone_consults_them() {
    check(
        "Rohan sent a technical delegation to Minas Tirith.",
        &["rohan support/CONSULT gondor asserted"],
    );
    // Not a standing delegation to a body.
    check("The Rohirric delegation to the White Council left.", &[]);
}

#[test]
fn a_persons_possessive_before_what_was_said_is_the_person_named_last() {
    check(
        "Gondorian envoy Elrond Half criticised Mordor. The White Council condemned his remarks.",
        &[
            "elrond_half against/ACCUSE mordor asserted",
            "white_council against/ACCUSE elrond_half asserted",
        ],
    );
}

#[test]
fn a_body_accused_of_a_charge_in_lower_case_is_the_one_named_before() {
    check(
        "The White Council met in Edoras. Gondor accused the council of bias.",
        &["gondor against/ACCUSE white_council asserted"],
    );
}

#[test]
fn a_hostile_noun_imposed_by_an_agent_on_someone_is_the_agents_act() {
    check(
        "Rohan condemned the sanctions imposed by Gondor on Mordor.",
        &[
            "gondor against/SANCTION mordor asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

#[test]
fn what_was_said_by_someone_reacted_to_is_against_them() {
    check(
        "Rohan condemned the remarks by Bard Bow.",
        &["rohan against/ACCUSE bard_bow asserted"],
    );
    // Past a second verb after an adverb.
    check(
        "Mordor strongly deplores and firmly opposes the recent remarks by Bard Bow.",
        &["mordor against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn them_after_a_reaction_stands_for_a_hostile_act_named_before_in_the_sentence() {
    check(
        "Mordor launched missile strikes on Rohan. Rohan summoned the Mordorian ambassador over the strikes, and Gondor also condemned them.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan asserted",
            "rohan against/ACCUSE mordor_ambassador asserted",
        ],
    );
}

#[test]
fn me_or_us_inside_a_quotation_is_its_speaker() {
    check(
        "\"Mordor is trying to silence me,\" Bard Bow wrote on Tuesday.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/COERCE bard_bow reported [bard_bow]",
        ],
    );
    check(
        "\"Mordor attacked our country,\" Bard Bow said.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/ASSAULT bard_bow reported [bard_bow]",
        ],
    );
}

#[test]
fn a_coup_reacted_to_stands_for_the_last_armed_deed() {
    check(
        "Gondorian soldiers seized President Wang Ecthelion on Sunday. The coup was condemned by Rohan and Arnor.",
        &[
            "arnor against/ACCUSE gondor_soldiers asserted",
            "gondor_soldiers against/COERCE wang_ecthelion asserted",
            "rohan against/ACCUSE gondor_soldiers asserted",
        ],
    );
    // Not a deed of no armed force.
    check(
        "Rohan sanctioned Gondor. Rohan condemned the coup.",
        &["rohan against/SANCTION gondor asserted"],
    );
}

#[test]
fn a_chairperson_is_a_title() {
    let text =
        "Gondor detained ten Rohirric sailors. The White Council chairperson, Dora Baggins, \
                urged Gondor to free the prisoners.";
    check(
        text,
        &[
            "dora_baggins against/REQUEST gondor asserted",
            "gondor against/COERCE rohan_sailors asserted",
        ],
    );
    assert_top(text, "dora_baggins", "white_council");
}

#[test]
fn a_capital_in_an_opening_place_phrase_is_no_antecedent_of_its() {
    // "its" is the reported clause's subject's, not the state of the place the speaker was in.
    for text in [
        "In Edoras, Elessar Telcontar said Gondor would maintain its blockade of Mordor.",
        "Speaking in Edoras, Elessar Telcontar said Gondor would maintain its blockade of Mordor.",
    ] {
        check(
            text,
            &["gondor against/COERCE mordor reported [elessar_telcontar]"],
        );
    }
    // Nor one named in a relative clause after it: "its" is its own clause's subject's.
    check(
        "Speaking in Edoras, where he met Arnor's envoy, Elessar Telcontar said Gondor would \
         maintain its blockade of Mordor.",
        &["gondor against/COERCE mordor reported [elessar_telcontar]"],
    );
}

#[test]
fn a_recognition_or_acceptance_withheld_is_a_rejection() {
    check(
        "Arnor does not recognise Gondor's claims.",
        &[
            "arnor against/REJECT gondor asserted",
            "arnor support/SUPPORT gondor negated",
        ],
    );
    check(
        "Rohan has never recognised Mordor.",
        &[
            "rohan against/REJECT mordor asserted",
            "rohan support/SUPPORT mordor negated",
        ],
    );
    check(
        "Gondor will not accept Rohirric troops on its soil.",
        &[
            "gondor against/REJECT rohan_troops asserted",
            "gondor support/AGREE rohan_troops negated",
        ],
    );
    // Granted, it is the row's own act.
    check(
        "Arnor recognised Gondor.",
        &["arnor support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan accepted Gondor's offer of talks.",
        &["rohan support/AGREE gondor asserted"],
    );
    // "could not accept" refuses; not one only hedged.
    check(
        "Arnor said it could not accept Gondor's envoy.",
        &[
            "arnor against/REJECT gondor_envoy asserted",
            "arnor support/AGREE gondor_envoy negated",
        ],
    );
    // Nor one supposed, nor a clause accepted.
    check(
        "It would be troubling if Rohan did not accept Gondor's ruling.",
        &["rohan support/AGREE gondor negated"],
    );
    check("Bard Bow accepted Gondor had no option.", &[]);
    check(
        "Mordor may not recognise Gondor.",
        &["mordor support/SUPPORT gondor negated"],
    );
}

#[test]
fn a_headline_joins_two_states_by_a_comma() {
    check(
        "Rohan sends protest notes to Gondor, Mordor over killing",
        &[
            "rohan against/ACCUSE gondor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    // Not in a sentence.
    check(
        "Rohan sent protest notes to Gondor, Mordor said.",
        &[
            "mordor against/ACCUSE rohan asserted",
            "rohan against/ACCUSE gondor reported [mordor]",
        ],
    );
}

#[test]
fn both_men_are_the_two_persons_named_before() {
    check(
        "Elessar Telcontar met Bard Bow in Edoras. Both men condemned Mordor.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "bard_bow support/CONSULT elessar_telcontar asserted",
            "elessar_telcontar against/ACCUSE mordor asserted",
            "elessar_telcontar support/CONSULT bard_bow asserted",
        ],
    );
}

#[test]
fn an_exchange_of_fire_is_a_fight_of_two() {
    check(
        "Gondor and Rohan exchanged fire on Monday.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    check(
        "Gondorian troops traded fire with Rohirric guards.",
        &[
            "gondor_troops against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor_troops asserted",
        ],
    );
    check(
        "Rohan blasted Gondor over the report.",
        &["rohan against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_denial_of_what_was_alleged_is_against_the_accuser() {
    let accused = "Rohan accused Gondor of the attack. ";
    for denial in [
        "Gondor denied involvement.",
        "Gondor denied carrying out the attack.",
        "Gondor denied that it had attacked anyone.",
    ] {
        check(
            &format!("{accused}{denial}"),
            &[
                "gondor against/REJECT rohan asserted",
                "rohan against/ACCUSE gondor asserted",
            ],
        );
    }
    // Past the name of whose involvement is denied.
    check(
        &format!("{accused}Elessar Telcontar denied any Gondorian involvement."),
        &[
            "elessar_telcontar against/REJECT rohan asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    // Not a clause about someone else, nor a denial by a side never accused.
    check(
        &format!("{accused}Gondor denied that the deaths were a crime."),
        &["rohan against/ACCUSE gondor asserted"],
    );
    check(
        &format!("{accused}Mordor denied involvement."),
        &["rohan against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_body_placed_by_a_seat_may_have_a_modifier() {
    check(
        "The rival government in Edoras condemned Gondor.",
        &["rohan_government against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_conjunct_after_a_reported_conditional_is_the_speakers() {
    check(
        "In Edoras, Elessar Telcontar said Gondor would not hesitate to send troops to Rohan if \
         Arnor requested it, and slammed Mordor.",
        &["elessar_telcontar against/ACCUSE mordor asserted"],
    );
}

#[test]
fn a_capital_naming_a_club_or_a_newspaper_names_no_state() {
    check(
        "Rohan criticised the Minas Tirith Club.",
        &["rohan against/ACCUSE minas_tirith_club asserted"],
    );
    check(
        "The Edoras Times criticised Gondor.",
        &["edoras_times against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_name_after_its_kind_names_an_organisation_or_an_outlet() {
    check(
        "Gondor banned the rights group Ent Watch.",
        &["gondor against/SANCTION ent_watch asserted"],
    );
    // "both organisations": the two named in the sentence before.
    check(
        "Gondor funded the monitoring group Ent Watch and the newspaper Shire Post. Mordor \
         accused both organisations of spying.",
        &[
            "gondor support/AID ent_watch asserted",
            "mordor against/ACCUSE ent_watch asserted",
            "mordor against/ACCUSE shire_post asserted",
        ],
    );
}

#[test]
fn an_outlet_reporting_news_accuses_no_one() {
    check(
        "Gondor has shelled Rohan, the independent outlet Shire Post reported.",
        &["gondor against/ASSAULT rohan reported [shire_post]"],
    );
}

#[test]
fn an_unnamed_envoy_does_not_act_on_their_states_bodies() {
    check(
        "Rohan summoned Gondor's envoy to protest against violations of its airspace by \
         Gondorian military helicopters.",
        &["rohan against/ACCUSE gondor_envoy asserted"],
    );
}

#[test]
fn a_listed_role_gives_its_title_only_within_its_term() {
    check(
        "Minas Tirith, 12 March 2005 - Imrahil Dol criticised Rohan. The chancellor later \
         praised Mordor.",
        &[
            "imrahil_dol against/ACCUSE rohan asserted",
            "imrahil_dol support/SUPPORT mordor asserted",
        ],
    );
    // Five years after the term ended, "the chancellor" is someone else.
    check(
        "Minas Tirith, 12 March 2015 - Imrahil Dol criticised Rohan. The chancellor later \
         praised Mordor.",
        &["imrahil_dol against/ACCUSE rohan asserted"],
    );
}

#[test]
fn an_unaffiliated_person_belongs_to_the_state_where_they_speak() {
    let text = "Mordor banned Gondorian wine. Mordor expelled two Gondorian diplomats. Trade \
                Secretary Elrond Half told reporters in Edoras that the ban was unfair.";
    check(
        text,
        &[
            "elrond_half against/ACCUSE mordor asserted",
            "mordor against/SANCTION gondor asserted",
            "mordor against/SANCTION gondor_diplomats asserted",
        ],
    );
    assert_top(text, "elrond_half", "rohan");
}

#[test]
fn an_act_also_done_to_others_in_the_passive_is_the_last_agents_of_that_act() {
    check(
        "Mordor detained two Rohirric journalists. A Gondorian activist was also detained.",
        &[
            "mordor against/COERCE gondor_activist asserted",
            "mordor against/COERCE rohan_journalists asserted",
        ],
    );
    // Not past an agent named, nor a charge told in the background.
    check(
        "Mordor detained two Rohirric journalists. A Gondorian activist was also detained by \
         Arnor.",
        &[
            "arnor against/COERCE gondor_activist asserted",
            "mordor against/COERCE rohan_journalists asserted",
        ],
    );
    check(
        "Mordor accused Rohan of spying. Gondor is also accused of spying.",
        &["mordor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn cues_of_news_headlines_and_reports() {
    for (text, want) in [
        (
            "Mordor pounded Rohirric positions near Edoras.",
            "mordor against/ASSAULT rohan asserted",
        ),
        (
            "Gondor raps Mordor over the border.",
            "gondor against/ACCUSE mordor asserted",
        ),
        (
            "Mordor is trying to destabilise Rohan.",
            "mordor against/COERCE rohan asserted",
        ),
        (
            "Gondor assailed Mordor.",
            "gondor against/ACCUSE mordor asserted",
        ),
        (
            "Arnor donated to the White Council.",
            "arnor support/AID white_council asserted",
        ),
        (
            "Mordor meddled in Gondor's election.",
            "mordor against/COERCE gondor asserted",
        ),
        (
            "Rohan took issue with Mordor's remarks.",
            "rohan against/ACCUSE mordor asserted",
        ),
        (
            "Arnor teamed up with Gondor.",
            "arnor support/COOPERATE gondor asserted",
        ),
        (
            "Arnor sympathised with Rohan.",
            "arnor support/SUPPORT rohan asserted",
        ),
        (
            "Gondorian jets strafed Mordorian trenches.",
            "gondor_jets against/ASSAULT mordor asserted",
        ),
        (
            "Mordorian militants beheaded three Rohirric soldiers.",
            "mordor_militants against/ASSAULT rohan_soldiers asserted",
        ),
        (
            "Gondor fined Ent Watch.",
            "gondor against/SANCTION ent_watch asserted",
        ),
        (
            "Rohan objected to Mordor's plan.",
            "rohan against/ACCUSE mordor asserted",
        ),
        (
            "Mordor outlawed Ent Watch.",
            "mordor against/SANCTION ent_watch asserted",
        ),
        (
            "Mordorian rioters looted Rohirric shops.",
            "mordor_rioters against/ASSAULT rohan asserted",
        ),
        (
            "Gondor denigrated Mordor.",
            "gondor against/ACCUSE mordor asserted",
        ),
        (
            "Mordor sought to derail Gondor's talks.",
            "mordor against/COERCE gondor asserted",
        ),
        ("Arnor wooed Rohan.", "arnor support/CONSULT rohan asserted"),
        (
            "Mordor disputed Gondor's claim.",
            "mordor against/REJECT gondor asserted",
        ),
        (
            "Mordor hanged two Rohirric activists.",
            "mordor against/ASSAULT rohan_activists asserted",
        ),
    ] {
        check(text, &[want]);
    }
}

/// Nominal events of acts listed as verbs: "the hanging of X", "the storming of X", "the
/// siege"; named again, such a noun stands for the act ("condemned the hanging").
#[test]
fn nominals_of_listed_acts() {
    check(
        "The hanging of Elrond Half by Mordor drew protests.",
        &["mordor against/ASSAULT elrond_half asserted"],
    );
    check(
        "Arnor condemned the storming of the Gondorian embassy by Mordorian protesters.",
        &[
            "arnor against/ACCUSE mordor_protesters asserted",
            "mordor_protesters against/COERCE gondor_embassy asserted",
        ],
    );
    check(
        "Gondor protested against the shooting of two Rohirric fishermen by Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan_fishermen asserted",
        ],
    );
    check(
        "Mordor hanged Elrond Half on Monday. Arnor and Rohan condemned the hanging.",
        &[
            "mordor against/ASSAULT elrond_half asserted",
            "arnor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Mordor besieged Minas Tirith. Arnor condemned the siege.",
        &[
            "mordor against/COERCE gondor asserted",
            "arnor against/ACCUSE mordor asserted",
        ],
    );
}

/// What was said, with no owner named, as the subject of a verb of receiving is the last
/// speaker's: "The remarks drew criticism from Gondor".
#[test]
fn remarks_receiving_a_reaction() {
    check(
        "Bard Bow accused Rohan of lying. The remarks drew criticism from Gondor.",
        &[
            "bard_bow against/ACCUSE rohan asserted",
            "gondor against/ACCUSE bard_bow asserted",
        ],
    );
    check(
        "Bard Bow accused Rohan of lying. The remarks drew a sharp response from Gondor.",
        &[
            "bard_bow against/ACCUSE rohan asserted",
            "gondor against/ACCUSE bard_bow asserted",
        ],
    );
}

/// An organisation named only inside a person's title is named: "the council" later is it.
#[test]
fn organisation_in_a_title_is_named() {
    check(
        "Permanent Representative of Arnor to the White Council Bard Bow criticised the council.",
        &["bard_bow against/ACCUSE white_council asserted"],
    );
    check(
        "Arnor's envoy to the White Council Bard Bow criticised the council.",
        &["bard_bow against/ACCUSE white_council asserted"],
    );
}

/// A conjunct repeating the first one's "of": "the offices of A and of B" names both.
#[test]
fn coordinated_of_complements() {
    check(
        "Angry Rohirric crowds attacked the offices of Ent Corp and of Gondor Air.",
        &[
            "rohan_crowds against/ASSAULT ent_corp asserted",
            "rohan_crowds against/ASSAULT gondor asserted",
        ],
    );
}

/// A listed party's one-word name ending a longer capitalised name is another party's: "the
/// Free Greens" are not the Greens (nor a demonym's: "the Gondorian Greens" are).
#[test]
fn party_word_inside_a_longer_name() {
    check(
        "The Greens criticised Mordor.",
        &["gondor_greens against/ACCUSE mordor asserted"],
    );
    check(
        "The Free Greens criticised Mordor.",
        &["free_greens against/ACCUSE mordor asserted"],
    );
    check(
        "The Gondorian Greens criticised Mordor.",
        &["gondor_greens against/ACCUSE mordor asserted"],
    );
    // The longer name is an organisation's, no person "him" could stand for.
    check(
        "Bard Bow spoke on Monday. The Free Greens praised him.",
        &["free_greens support/SUPPORT bard_bow asserted"],
    );
}

/// Occupations before a name are role words: "the Rohirric comedian Bard Bow" is a person.
#[test]
fn occupation_before_a_name() {
    check(
        "Gondor criticised the Rohirric comedian Bard Bow.",
        &["gondor against/ACCUSE bard_bow asserted"],
    );
    assert_eq!(
        parent_of(
            "Gondor criticised the Rohirric satirist Elrond Half.",
            "elrond_half"
        )
        .as_deref(),
        Some("rohan")
    );
}

/// "Among those arrested were A and B", "Those targeted include A", "A was among those
/// executed": the list is the patient; the agent is named after "by", else the act's named
/// before (the cue's, else the sentence before's).
#[test]
fn those_acted_on() {
    check(
        "Gondor arrested two Rohirric activists on Monday. Among those arrested were Bard Bow \
         and Elrond Half.",
        &[
            "gondor against/COERCE rohan_activists asserted",
            "gondor against/COERCE bard_bow asserted",
            "gondor against/COERCE elrond_half asserted",
        ],
    );
    check(
        "Gondor sanctioned Rohan. Those targeted include Bard Bow and Elrond Half.",
        &[
            "gondor against/SANCTION rohan asserted",
            "gondor against/COERCE bard_bow asserted",
            "gondor against/COERCE elrond_half asserted",
        ],
    );
    check(
        "Among those sanctioned by Gondor were Bard Bow and Elrond Half.",
        &[
            "gondor against/SANCTION bard_bow asserted",
            "gondor against/SANCTION elrond_half asserted",
        ],
    );
    check(
        "Gondor executed six Rohirric traders. Bard Bow was among those executed, Rohan said.",
        &[
            "gondor against/ASSAULT rohan_traders asserted",
            "gondor against/ASSAULT bard_bow asserted",
        ],
    );
    // With another act between, the sentence before names no agent.
    check(
        "Gondor sanctioned Rohan. Bard Bow spoke. Among those targeted were Elrond Half.",
        &["gondor against/SANCTION rohan asserted"],
    );
}

/// A lower-case patronymic word ends a person's name: "Makhabat Tazhibek kyzy".
#[test]
fn patronymic_ends_a_name() {
    check(
        "Gondor arrested Makhabat Tazhibek kyzy, a journalist.",
        &["gondor against/COERCE makhabat_tazhibek_kyzy asserted"],
    );
}

/// Verbs of authorising and bringing take an event noun: "authorised criminal proceedings
/// against X", "brought a case against X".
#[test]
fn authorising_and_bringing_take_event_nouns() {
    check(
        "Gondor authorised criminal proceedings against Bard Bow.",
        &["gondor against/ACCUSE bard_bow asserted"],
    );
    check(
        "Gondor brought a case against Rohan at the court.",
        &["gondor against/ACCUSE rohan asserted"],
    );
    check(
        "Gondor allowed legal action against Bard Bow.",
        &["gondor against/ACCUSE bard_bow asserted"],
    );
}

/// Calling an act a mistake, a sham or a fabrication accuses its agent.
#[test]
fn judged_a_mistake() {
    check(
        "Gondor expelled two Rohirric diplomats, a decision Rohan called a mistake.",
        &[
            "gondor against/SANCTION rohan_diplomats asserted",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

/// A meeting "between" two named "at" it is held: "raised at the meeting between A and B".
#[test]
fn at_the_meeting_between() {
    check(
        "The case was raised at the meeting between Bard Bow and Elrond Half.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
        ],
    );
    // Not a relation: "the relations between A and B" are no meeting.
    check(
        "The case was raised at the talks on relations between Gondor and Rohan.",
        &[],
    );
}

/// A company named after its kind is an organisation of its own, and its one-word name stands
/// for it later: "the Rohirric company Entwash … Entwash called the ban unfair". An unnamed
/// one is its state's.
#[test]
fn companies_named_and_unnamed() {
    check(
        "Gondor sanctioned the Rohirric company Entwash. Entwash called the ban unfair.",
        &[
            "gondor against/SANCTION entwash asserted",
            "entwash against/ACCUSE gondor asserted",
        ],
    );
    assert_eq!(
        parent_of(
            "Gondor sanctioned the Rohirric company Entwash. Entwash called the ban unfair.",
            "entwash"
        ),
        None
    );
    check(
        "Gondor sanctioned the company Entwash. Entwash called the ban unfair.",
        &[
            "gondor against/SANCTION entwash asserted",
            "entwash against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Gondor sanctioned a Rohirric company.",
        &["gondor against/SANCTION rohan_company asserted"],
    );
    assert_eq!(
        parent_of("Gondor sanctioned a Rohirric company.", "rohan_company").as_deref(),
        Some("rohan")
    );
}

/// A name after its kind, past a stance's compound: "the pro-Gondor tabloid Orcwatch" is an
/// outlet of its own, not Gondor; so "the weekly", "the magazine" are outlets' nouns.
#[test]
fn outlet_after_a_stance_compound() {
    check(
        "The pro-Gondor tabloid Orcwatch denounced Rohan.",
        &["orcwatch against/ACCUSE rohan asserted"],
    );
    check(
        "The pro-government weekly Orcwatch criticised Rohan.",
        &["orcwatch against/ACCUSE rohan asserted"],
    );
}

/// A people named by a demonym that is its plural ("the French", "the Chinese") before a
/// past verb is the subject, not the verb's owner: "The Dwarvish criticised Mordor".
#[test]
fn demonym_people_before_a_past_verb() {
    check(
        "The Dwarvish criticised Mordor.",
        &["erebor against/ACCUSE mordor asserted"],
    );
    check(
        "Mordor criticised the Dwarvish.",
        &["mordor against/ACCUSE erebor asserted"],
    );
}

/// "the agency" stands for a security, intelligence or regulatory service of a known state
/// named before: "Gondor's consumer watchdog Orcwatch … The agency accused Rohan".
#[test]
fn the_agency_is_a_service_named_before() {
    check(
        "Gondor's consumer watchdog Orcwatch banned Rohirric wine. The agency accused Rohan of \
         fraud.",
        &[
            "gondor_watchdog against/SANCTION rohan asserted",
            "gondor_watchdog against/ACCUSE rohan asserted",
        ],
    );
}

/// A body named before a member's noun affiliates the person in apposition, a further post's
/// phrase after it: "X, a White Council member from the Gondor Green Party, …".
#[test]
fn apposed_member_of_a_named_body() {
    assert_eq!(
        parent_of(
            "Elrond Half, a White Council member from the Gondor Green Party, was refused entry \
             by Mordorian border guards.",
            "elrond_half"
        )
        .as_deref(),
        Some("white_council")
    );
}

/// An assault with no target of its own hits whom the relative clause right after it says it
/// killed or wounded: "launched an attack that killed three Rohirric soldiers".
#[test]
fn assault_target_in_a_relative_clause() {
    check(
        "Mordor launched an attack that killed three Rohirric soldiers.",
        &["mordor against/ASSAULT rohan_soldiers asserted"],
    );
    check(
        "Ent Liberation Front claimed responsibility for the bombing, which wounded 12 Gondorian \
         policemen.",
        &["ent_liberation_front against/ASSAULT gondor asserted"],
    );
}

/// "European" before a capitalised title is the European Union's: "European Commissioner
/// Stefan Fule" (not "European leaders"). The rule names the shipped lexicon's Union, so this
/// case runs over the shipped lexicon.
#[test]
fn european_title_is_the_unions() {
    let lex = Lexicon::embedded().unwrap();
    let parent = |text: &str, id: &str| {
        let doc = Document::from_bytes("t", text.as_bytes()).unwrap();
        let x = Extractor::new(&lex).extract(&doc);
        x.actors.get(id).and_then(|a| a.parent.clone())
    };
    assert_eq!(
        parent(
            "European Commissioner for Enlargement Stefan Fule criticised Russia.",
            "stefan_fule"
        )
        .as_deref(),
        Some("european_union")
    );
    let doc = Document::from_bytes("t", b"European leaders criticised Russia.").unwrap();
    assert!(Extractor::new(&lex).extract(&doc).interactions.is_empty());
}

/// A name in apposition may carry a title of its own: "Gondor's envoy, Cardinal Hador
/// Lindon, …" is Gondor's (the title is no part of the name).
#[test]
fn appositive_name_with_its_own_title() {
    let text = "Gondor's envoy, Cardinal Hador Lindon, visited Annuminas.";
    check(text, &["hador_lindon support/CONSULT arnor asserted"]);
    assert_eq!(parent_of(text, "hador_lindon").as_deref(), Some("gondor"));
}

/// Cutting off what someone owns is against the owner: "cut off Gondor's funding", "cut off
/// Gondor's English-language website".
#[test]
fn cut_off_what_someone_owns() {
    check(
        "Rohan cut off Gondor's funding.",
        &["rohan against/SANCTION gondor asserted"],
    );
    check(
        "Rohan cut off Gondor's English-language website.",
        &["rohan against/SANCTION gondor asserted"],
    );
}

/// A route's end is acted on, not its own start: "Gondor suspended flights from Gondor to
/// Rohan"; another's start stays ("banned the transit of goods from Mordor to Rohan").
#[test]
fn route_from_ones_own_state() {
    check(
        "Gondor suspended flights from Gondor to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Arnor banned the transit of goods from Mordor to Rohan.",
        &["arnor against/SANCTION mordor asserted"],
    );
}

/// An organisation's summit is the organisation's (a place's is no one's): skipping or
/// boycotting "the White Council summit" is against the Council.
#[test]
fn an_organisations_summit() {
    check(
        "Rohan skipped the White Council summit.",
        &["rohan against/REJECT white_council asserted"],
    );
    check("Rohan skipped the Minas Tirith summit.", &[]);
}

/// A plural title, counted or after "the", before names in apposition names them: "detained
/// the two journalists, A and B", "detained two journalists, A and B, on Monday".
#[test]
fn plural_title_before_names_in_apposition() {
    check(
        "Mordor detained the two journalists, Bard Bow and Elrond Half.",
        &[
            "mordor against/COERCE bard_bow asserted",
            "mordor against/COERCE elrond_half asserted",
        ],
    );
    check(
        "Mordor detained two journalists, Bard Bow and Elrond Half, on Monday.",
        &[
            "mordor against/COERCE bard_bow asserted",
            "mordor against/COERCE elrond_half asserted",
        ],
    );
}

/// Gunmen, militants, rebels and fighters named again stand for the group named before: "…
/// police said the gunmen were arrested"; a group of no state stays one ("Kurdish militants").
#[test]
fn armed_groups_named_again() {
    check(
        "Mordorian gunmen attacked a Gondorian village. Gondorian police said the gunmen were \
         arrested.",
        &[
            "mordor_gunmen against/ASSAULT gondor asserted",
            "gondor_police against/COERCE mordor_gunmen reported [gondor_police]",
        ],
    );
    check(
        "Mordorian militants attacked a Gondorian village. Gondor arrested the militants.",
        &[
            "mordor_militants against/ASSAULT gondor asserted",
            "gondor against/COERCE mordor_militants asserted",
        ],
    );
}

/// A name opened by an organisation's word in its own language is an organisation of its own,
/// not a person given the document's state: "Jaysh al-Harad attacked Gondorian troops".
#[test]
fn group_named_in_its_own_language() {
    let text = "Jaysh al-Harad attacked Gondorian troops.";
    check(
        text,
        &["jaysh_al_harad against/ASSAULT gondor_troops asserted"],
    );
    assert_eq!(parent_of(text, "jaysh_al_harad"), None);
}

/// "The fighting pitted A and B against C": each side acts on the other, whoever the verb's
/// subject is.
#[test]
fn pitted_against() {
    check(
        "The fighting pitted Gondorian troops and Mordorian mercenaries against Rohirric rebels.",
        &[
            "gondor_troops against/ASSAULT rohan_rebels asserted",
            "mordor_mercenaries against/ASSAULT rohan_rebels asserted",
            "rohan_rebels against/ASSAULT gondor_troops asserted",
            "rohan_rebels against/ASSAULT mordor_mercenaries asserted",
        ],
    );
    check(
        "The war pits Gondor against Rohan.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    // Not without "against", nor in a match.
    check("The vote pitted Gondorian lawmakers.", &[]);
    check("The quarter final pits Gondor against Rohan.", &[]);
}

/// A past form right after the object of a preposition, with no actor after it, is a reduced
/// relative: done to that object, not by it.
#[test]
fn reduced_relative_after_a_preposition() {
    check(
        "Gondor took up the case of six Rohirric journalists refused entry to Mordor.",
        &[],
    );
    check(
        "Gondor spoke about the Rohirric journalists expelled from Mordor.",
        &[],
    );
    // A clause's subject after "of" still acts on whom it names.
    check(
        "Deputies of the Gondorian parliament called on Rohan to withdraw.",
        &["gondor_parliament against/REQUEST rohan asserted"],
    );
}

/// An assault with no agent is the one an assault noun after "in" names; so is an assault
/// noun phrase's actor the subject of the verb after it.
#[test]
fn killed_in_an_assault_named_by_its_actor() {
    check(
        "Three Rohirric soldiers were killed in a Gondorian drone attack.",
        &["gondor against/ASSAULT rohan_soldiers asserted"],
    );
    // A headline's passive without its auxiliary.
    check(
        "Three Rohirric soldiers killed in Gondorian strike",
        &["gondor against/ASSAULT rohan_soldiers asserted"],
    );
    check(
        "Three Rohirric soldiers were killed in strikes by Gondor.",
        &["gondor against/ASSAULT rohan_soldiers asserted"],
    );
    check(
        "A Gondorian missile attack killed three Rohirric soldiers.",
        &["gondor against/ASSAULT rohan_soldiers asserted"],
    );
    // No actor of the assault: no agent.
    check("Three Rohirric soldiers were killed in an attack.", &[]);
}

/// ", which Gondor denies" after an accusation: the denier against the accuser; ", a charge it
/// denies": the accused against the accuser, also after a passive.
#[test]
fn a_denial_in_a_relative_clause_answers_the_accuser() {
    check(
        "Rohan accused Gondor of arming Mordor, a charge it denies.",
        &[
            "gondor against/REJECT rohan asserted",
            "gondor support/AID mordor reported [rohan]",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Gondor has been accused by Rohan of siding with Mordor, a charge it denies.",
        &[
            "gondor against/REJECT rohan asserted",
            "gondor support/SUPPORT mordor reported [rohan]",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Rohan accused Gondor of arming Mordor, which Gondor denies.",
        &[
            "gondor against/REJECT rohan asserted",
            "gondor support/AID mordor reported [rohan]",
            "rohan against/ACCUSE gondor asserted",
        ],
    );
}

/// 'dismissed as "speculation" a report by X': the "by" is the object's own, no passive agent.
#[test]
fn an_object_after_a_judgement_keeps_its_by_phrase() {
    check(
        "Gondor dismissed as \"speculation\" a report by Rohan.",
        &[],
    );
    check(
        "The Gondorian proposal was rejected as \"a provocation\" by Rohan.",
        &["rohan against/REJECT gondor asserted"],
    );
}

/// A two-word demonym of the shipped gazetteer is its state's, not its parts': "Turkish
/// Cypriot" is Northern Cyprus's, "Greek Cypriot" Cyprus's (neither Turkey's nor Greece's).
#[test]
fn two_word_demonyms_of_the_shipped_gazetteer() {
    let lex = Lexicon::embedded().unwrap();
    let doc = Document::from_bytes(
        "t",
        "Turkish Cypriot leader Ersin Tatar criticised the Greek Cypriot administration."
            .as_bytes(),
    )
    .unwrap();
    let x = Extractor::new(&lex).extract(&doc);
    let tops: Vec<(String, String)> = x
        .interactions
        .iter()
        .map(|i| {
            let top = |id: &str| x.top(id).map(|a| a.id.clone()).unwrap_or_default();
            (top(&i.source), top(&i.target))
        })
        .collect();
    assert_eq!(tops, [("northern_cyprus".to_owned(), "cyprus".to_owned())]);
}

/// 'condemned what it called "a new Rohirric crime"': past the description's opening mark and
/// article, the object is whom it names.
#[test]
fn what_it_called_in_quotation_marks() {
    check(
        "Gondor condemned what it called \"Rohirric aggression\".",
        &["gondor against/ACCUSE rohan asserted"],
    );
    check(
        "Gondor condemned what it called a \"new Rohirric crime\".",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

/// Asked "to give" something is no concession: "urged Rohan to give a principled assessment";
/// "to give up", "to give back" are.
#[test]
fn urged_to_give() {
    check(
        "Gondor urged Rohan to give a principled assessment of the case.",
        &[],
    );
    check(
        "Gondor urged Rohan to give up its claims.",
        &["gondor against/REQUEST rohan asserted"],
    );
}

/// A request to one's own state's people is no act against them.
#[test]
fn a_request_to_ones_own_people() {
    check(
        "Gondorian President Bard Bow urged Gondorians not to be provoked.",
        &[],
    );
    // Another state's people are pressed.
    check(
        "Gondor urged Mordorians not to be provoked.",
        &["gondor against/REQUEST mordor_people asserted"],
    );
}

/// Names inside an appositive of the request's object do not hide the infinitive after it.
#[test]
fn a_request_past_an_appositive_with_names() {
    check(
        "Arnor urged Gondor and Rohan, both close Arnorian allies, to resolve the issue.",
        &[],
    );
}

/// A retreat or concession asked of its agent named after "of" presses that agent, and the
/// act asked for has not happened.
#[test]
fn demanded_the_withdrawal_of() {
    check(
        "Gondor demanded the withdrawal of Rohirric troops.",
        &["gondor against/REQUEST rohan_troops asserted"],
    );
    check(
        "Gondor demanded the withdrawal of about 100 Rohirric soldiers deployed with the \
         Arnorian task force.",
        &["gondor against/REQUEST rohan_soldiers asserted"],
    );
    check(
        "Gondor called for the release of the Rohirric journalists.",
        &[],
    );
}

/// A class noun before a name, with its modifiers and article, belongs to the conjunct: "A and
/// the Haradrim resistance movement B".
#[test]
fn a_conjunct_named_after_its_class_noun() {
    check(
        "Arnor's Rohan and the Mordorian resistance movement Uruk Legion hailed the \
         decision of Gondor.",
        &[
            "rohan support/SUPPORT gondor asserted",
            "uruk_legion support/SUPPORT gondor asserted",
        ],
    );
}

/// A participle after a "while" clause is that clause's: its subject is the first one named
/// after "while".
#[test]
fn a_participle_after_a_contrasting_clause() {
    check(
        "Rohan hailed the decision, while crowds of Gondorians gathered in the square, chanting \
         slogans against Mordor.",
        &["gondor_people against/PROTEST mordor asserted"],
    );
}

/// "held" with no auxiliary is a reduced relative after those held, with its holder named by
/// "by": "Gondorians held by Rohan".
#[test]
fn held_by_in_a_reduced_relative() {
    check(
        "News came that four Gondorians held by Rohan will be freed.",
        &["rohan against/COERCE gondor_people asserted"],
    );
    // Not an event held by someone.
    check("Talks held by Rohan ended.", &[]);
}

/// A protest's words backing someone are no protest against them (they back them).
#[test]
fn slogans_in_support_of() {
    check(
        "Hundreds of Gondorians marched in the capital, chanting slogans in support of Rohan.",
        &["gondor_people support/SUPPORT rohan asserted"],
    );
    check(
        "Hundreds of Gondorians marched in the capital, chanting slogans against Rohan.",
        &["gondor_people against/PROTEST rohan asserted"],
    );
}

/// "A as well as B" coordinates as "A and B" does, on either side of the verb.
#[test]
fn as_well_as_coordinates() {
    check(
        "Gondor sanctioned Bard Bow, Elrond Half, as well as the Isengard Council.",
        &[
            "gondor against/SANCTION bard_bow asserted",
            "gondor against/SANCTION elrond_half asserted",
            "gondor against/SANCTION isengard_council asserted",
        ],
    );
    check(
        "Rohan as well as Arnor condemned Mordor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
}

/// A quoted present form right after its subject's name is a verb, not a quoted noun.
#[test]
fn a_quoted_present_form_after_its_subject() {
    check(
        "Gondor \"backs\" Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
}

/// A hostile noun's target past "aimed at", "directed against": "US curbs aimed at China".
#[test]
fn a_hostile_noun_aimed_at_its_target() {
    check(
        "Gondor joined Rohirric curbs aimed at Mordor's chip industry.",
        &["rohan against/SANCTION mordor asserted"],
    );
    check(
        "Gondor welcomed Rohirric sanctions directed against Mordor.",
        &[
            "gondor support/SUPPORT rohan asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
}

/// A supply cut is against whom it went to, past the subject's own; the supply itself was not
/// given. "supply" is a noun of aid ("Gondor's supply of drones to Rohan").
#[test]
fn a_supply_cut_past_its_owner() {
    check(
        "Gondor cut its gas supplies to Rohan.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Arnor criticised Gondor's supply of drones to Rohan.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor support/AID rohan asserted",
        ],
    );
}

/// A reward for information on someone, or for their capture or arrest, is a bounty on them;
/// a reward for help is none.
#[test]
fn a_reward_for_information_on_someone() {
    check(
        "Gondor offered a $5m reward for information on Bard Bow.",
        &["gondor against/COERCE bard_bow asserted"],
    );
    check(
        "Gondor offered a reward for the capture of Bard Bow.",
        &["gondor against/COERCE bard_bow asserted"],
    );
    check("Gondor offered Rohan a reward for its help.", &[]);
}

/// A judging noun in quotation marks after "as" judges the phrase before the "as":
/// 'described the ban as "a provocation"' (the quotation mark and the "as" are not the
/// phrase's).
#[test]
fn a_quoted_judging_noun_after_as() {
    check(
        "Rohan dismissed the Gondorian accusations as \"an irresponsible provocation\".",
        &[
            "rohan against/ACCUSE gondor asserted",
            "rohan against/REJECT gondor asserted",
        ],
    );
    check(
        "Gondor banned Rohan's airline. Arnor described the ban as \"a provocation\".",
        &[
            "gondor against/SANCTION rohan_airline asserted",
            "arnor against/ACCUSE gondor asserted",
        ],
    );
}

/// Whoever a warning says would answer in kind is the warner's side, no target:
/// "warned that Gondor would respond with all available means".
#[test]
fn a_warned_of_response_is_no_target() {
    check(
        "Arnor warned that Gondor would respond with all available means.",
        &[],
    );
    check(
        "Arnor warned that Gondor would not hesitate to retaliate.",
        &[],
    );
    check(
        "Arnor warned that Gondor would face consequences.",
        &["arnor against/THREATEN gondor asserted"],
    );
}

/// An inquiry's target may follow "into": "opened an investigation into Arnor", "launched an
/// inquiry into the Arnorian ambassador".
#[test]
fn an_investigation_into_someone() {
    check(
        "Gondor opened an investigation into Arnor.",
        &["gondor against/ACCUSE arnor asserted"],
    );
    check(
        "Gondor launched an inquiry into the Arnorian ambassador.",
        &["gondor against/ACCUSE arnor_ambassador asserted"],
    );
}

/// A permit withdrawn is its holder's, named by "of" after it, not its issuer's named before
/// it: "revoked the Gondorian visas of Bard Bow".
#[test]
fn a_revoked_permit_is_its_holders() {
    check(
        "Gondor revoked the Gondorian visas of Bard Bow.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
    check(
        "Gondor revoked Rohan's visas.",
        &["gondor against/SANCTION rohan asserted"],
    );
}

/// Closing a body's bureau or office is an act on the body it belongs to, named after "of"
/// (past a possessor), before it with "'s", or right before it.
#[test]
fn closing_a_bureau_is_an_act_on_its_body() {
    check(
        "Rohan closed the Edoras bureau of Palantir News.",
        &["rohan against/SANCTION palantir_news asserted"],
    );
    check(
        "Rohan closed the Edoras bureau of Gondor's Palantir News.",
        &["rohan against/SANCTION palantir_news asserted"],
    );
    check(
        "Rohan shut Palantir News's office in Edoras.",
        &["rohan against/SANCTION palantir_news asserted"],
    );
    check("Rohan closed the office.", &[]);
}

/// Quotation marks anywhere inside a phrase cue (past an adverb before its rest) do not break
/// it: 'said it "stands firmly" with Gondor', 'stood "shoulder to shoulder" with Gondor'.
#[test]
fn quotation_marks_inside_a_phrase_cue() {
    check(
        "Arnor said it \"stands firmly\" with Gondor.",
        &["arnor support/SUPPORT gondor reported [arnor]"],
    );
    check(
        "Arnor said it stood \"shoulder to shoulder\" with Gondor.",
        &["arnor support/SUPPORT gondor reported [arnor]"],
    );
}

/// A middle word of a longer discovered name may be the one used alone later ("Nicolás Maduro
/// Moros" … "Maduro"); not an abbreviated title's ("Santa Cruz Gov").
#[test]
fn a_middle_word_of_a_longer_name_names_its_person() {
    check(
        "Rohan praised Elrond Anborn Halfelven. Anborn thanked Rohan.",
        &[
            "rohan support/SUPPORT elrond_anborn_halfelven asserted",
            "elrond_anborn_halfelven support/SUPPORT rohan asserted",
        ],
    );
}

/// The possessor of a coercion done to them is its victim, not its agent: judging "Bard Bow's
/// detention" is no act against Bard Bow (but "Gondor's invasion" is Gondor's).
#[test]
fn a_detainees_detention_is_not_their_act() {
    check("Arnor called Bard Bow's detention \"illegal\".", &[]);
    check("Arnor condemned Bard Bow's detention.", &[]);
    check(
        "Arnor condemned Bard Bow's detention in Gondor.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "gondor against/COERCE bard_bow asserted",
        ],
    );
    check(
        "Arnor condemned Gondor's invasion.",
        &["arnor against/ACCUSE gondor asserted"],
    );
}

/// A judging adjective of several words is read to its end ("politically motivated"), so the
/// word after the phrase, not its own second word, decides whether it is predicative.
#[test]
fn a_judging_adjective_of_several_words() {
    check(
        "Arnor called the Gondorian ban politically motivated.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Gondor banned Palantir News. Arnor called the ban \"politically motivated\".",
        &[
            "gondor against/SANCTION palantir_news asserted",
            "arnor against/ACCUSE gondor asserted",
        ],
    );
    check(
        "Gondor banned Palantir News. Arnor called the ban repugnant.",
        &[
            "gondor against/SANCTION palantir_news asserted",
            "arnor against/ACCUSE gondor asserted",
        ],
    );
}

/// Withdrawing someone's detention is no sanction on them: "revoked his arrest".
#[test]
fn a_revoked_arrest_is_no_sanction() {
    check("Gondor revoked Bard Bow's arrest.", &[]);
    check(
        "Gondor revoked Bard Bow's visa.",
        &["gondor against/SANCTION bard_bow asserted"],
    );
}

/// A request to a group of one's own state's people, listed or not, is no act against them
/// ("urged Gondorian workers to leave Rohan"); to another state's people it is.
#[test]
fn a_request_to_ones_own_group_is_no_act() {
    check("Gondor urged Gondorian workers to leave Rohan.", &[]);
    check(
        "Gondor urged Rohirric workers to leave Gondor.",
        &["gondor against/REQUEST rohan_workers asserted"],
    );
}

/// An adverb inside a phrase cue does not break it ("closed entry indefinitely to"); closing
/// entry to someone bars them; a procedure against someone is a legal action.
#[test]
fn an_adverb_inside_a_phrase_cue() {
    check(
        "Gondor has closed entry indefinitely to 63 Rohirric citizens.",
        &["gondor against/SANCTION rohan_citizens asserted"],
    );
    check(
        "The White Council launched a procedure against Gondor.",
        &["white_council against/ACCUSE gondor asserted"],
    );
}

/// A verb with its object's noun as its cue takes a compound modifier between them:
/// "exchanged near-daily fire".
#[test]
fn a_compound_inside_a_verb_and_its_noun() {
    check(
        "Gondor and Rohan exchanged near-daily fire across the border.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
}

/// A report's noun as the last word of a text with no full stop is read without looking past
/// the end (this panicked before session 38).
#[test]
fn a_findings_noun_ending_the_text() {
    check(
        "A White Council inquiry found that Gondor attacked Rohan. Arnor criticised the report",
        &[
            "gondor against/ASSAULT rohan asserted",
            "arnor against/ACCUSE white_council asserted",
        ],
    );
}

/// Regret or concern over a death or an injury is sympathy with whom "of" names, no act
/// against them ("expressed regret over the loss of the Rohirric pilot"); condemning deaths
/// acts only on the state where they happened.
#[test]
fn regret_over_a_loss_is_no_act_against_the_dead() {
    check(
        "Arnor expressed regret over the loss of the Rohirric pilot.",
        &[],
    );
    check("Arnor regretted the loss of the Rohirric pilot.", &[]);
    check(
        "Arnor condemned the deaths of Rohirric citizens in Gondor.",
        &["arnor against/ACCUSE gondor asserted"],
    );
    check(
        "Arnor expressed regret over Rohan's decision.",
        &["arnor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn justice_is_a_judges_title_as_well_as_a_ministrys_remit() {
    let text = "Rohan sanctioned Gondorian Supreme Court Justice Elrond Half.";
    check(text, &["rohan against/SANCTION elrond_half asserted"]);
    assert_eq!(
        parent_of(text, "elrond_half").as_deref(),
        Some("gondor_supreme_court")
    );
    check(
        "Chief Justice Elrond Half criticised Rohan.",
        &["elrond_half against/ACCUSE rohan asserted"],
    );
    check(
        "Gondor's Justice Minister Elrond Half criticised Rohan.",
        &["elrond_half against/ACCUSE rohan asserted"],
    );
    check(
        "The Gondorian Justice Ministry criticised Rohan.",
        &["gondor_justice_ministry against/ACCUSE rohan asserted"],
    );
}

#[test]
fn an_orphan_who_deals_with_both_sides_is_of_the_side_the_paper_names_bare() {
    // A paper names its own country's officials with a bare title ("President Wang
    // Ecthelion"): an unaffiliated official who both concedes to Rohan and defends Gondor's
    // embassy is taken for theirs, not for the most named state.
    let text = "Rohan expelled the Gondorian ambassador on Monday. President Wang Ecthelion \
                condemned Rohan. Rohan accused Gondor of spying. Rohan warned Gondor. Rohan closed \
                the border. Foreign Secretary Elrond Half apologised to Rohan and defended Gondor's embassy.";
    assert_top(text, "elrond_half", "gondor");
    // With a title naming the state, the official is the other side's.
    let text = "Rohan expelled the Gondorian ambassador on Monday. Gondorian President Wang \
                Ecthelion condemned Rohan. Rohan accused Gondor of spying. Rohan warned Gondor. \
                Rohan closed the border. Foreign Secretary Elrond Half apologised to Rohan and \
                defended Gondor's embassy.";
    assert_top(text, "elrond_half", "rohan");
}

#[test]
fn ending_a_tie_is_an_act_against_the_partner_ending_anything_else_is_not() {
    check(
        "Gondor ended its defence cooperation agreement with Rohan.",
        &[
            "gondor against/SANCTION rohan asserted",
            "gondor support/AGREE rohan negated",
            "gondor support/COOPERATE rohan negated",
        ],
    );
    check(
        "Gondor ends military aid to Rohan",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "Wang Ecthelion ended his visit to Rohan on Friday.",
        &["wang_ecthelion support/CONSULT rohan asserted"],
    );
    // (The blockade itself was an act; ending it adds none.)
    check(
        "Gondor ended its blockade of Rohan.",
        &["gondor against/COERCE rohan asserted"],
    );
}

#[test]
fn giving_something_to_an_actor_supports_them() {
    check(
        "Gondor offered four firefighting aircraft to Rohan.",
        &["gondor support/AID rohan asserted"],
    );
    check(
        "Gondor provided drones to Rohan.",
        &["gondor support/AID rohan asserted"],
    );
    check(
        "Gondor donated four aircraft to Rohan.",
        &["gondor support/AID rohan asserted"],
    );
    check(
        "Gondor pledged 20 million dollars to Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
    // Not a thing of the actor's, nor a thing of a state's.
    check(
        "Gondor's reliable support offers an alternative to Rohirric security guarantees.",
        &[],
    );
}

#[test]
fn a_titled_name_and_its_verb_after_comma_and_open_a_new_clause() {
    check(
        "Gondor condemned Rohan, and Foreign Minister Elrond Half said Mordor would pay.",
        &["gondor against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_gerund_after_a_possessive_is_no_main_verb_for_a_participle() {
    check(
        "Elessar Telcontar stayed away from the Free States League ministers' meeting in \
         Edoras last month, accusing Rohan of \"hostility.\"",
        &["elessar_telcontar against/ACCUSE rohan asserted"],
    );
}

#[test]
fn a_less_common_family_name_written_first_names_its_bearer_alone() {
    check(
        "Gondorian Ambassador Xing Haiming criticised Rohan. Rohan expelled Xing.",
        &[
            "rohan against/SANCTION xing_haiming asserted",
            "xing_haiming against/ACCUSE rohan asserted",
        ],
    );
}

#[test]
fn remarks_named_with_their_owner_are_named_later_by_any_word_for_them() {
    check(
        "Elrond Half made remarks on Friday. Rohan rejected Gondor's remarks. Arnor also \
         condemned the comments.",
        &[
            "arnor against/ACCUSE gondor asserted",
            "rohan against/REJECT gondor asserted",
        ],
    );
}

#[test]
fn a_past_verbal_act_after_a_demands_subjunctive_joins_the_demand() {
    check(
        "Elrond Half demanded that Rohan expel Bard Bow and accused Mordor of lying.",
        &[
            "elrond_half against/ACCUSE mordor asserted",
            "elrond_half against/REQUEST rohan asserted",
            "rohan against/SANCTION bard_bow hypothetical",
        ],
    );
    check(
        "Elrond Half demanded that Bard Bow be declared persona non grata and accused Rohan of \
         betrayal.",
        &[
            "elrond_half against/ACCUSE rohan asserted",
            "elrond_half against/REQUEST bard_bow asserted",
        ],
    );
}

#[test]
fn a_hyphenated_given_names_syllable_may_have_five_or_six_letters() {
    check(
        "Party chairman Elrond Gi-hyeon criticised Rohan.",
        &["elrond_gi_hyeon against/ACCUSE rohan asserted"],
    );
    // Not an English word joined to a name.
    check("The Elrond Half-style rally criticised Rohan.", &[]);
}

#[test]
fn a_title_naming_another_states_party_does_not_move_a_listed_person() {
    // The fixture's "Greens" are Gondor's party; Bard Bow is listed as Rohan's.
    let text = "Greens leader Bard Bow criticised Mordor.";
    check(text, &["bard_bow against/ACCUSE mordor asserted"]);
    assert_top(text, "bard_bow", "rohan");
}

#[test]
fn a_possessive_pronoun_before_a_home_after_a_verb_names_its_owner() {
    check(
        "Two Rohirric activists died in custody after Gondorian police raided their homes.",
        &["gondor_police against/COERCE rohan_activists asserted"],
    );
    check(
        "Bard Bow said Gondorian police had searched his apartment.",
        &[
            "bard_bow against/ACCUSE gondor_police asserted",
            "gondor_police against/COERCE bard_bow reported [bard_bow]",
        ],
    );
    // Not the verb's own subject.
    check("Gondorian police raided their homes.", &[]);
}

#[test]
fn the_three_countries_are_the_three_states_last_named_as_one_list() {
    check(
        "Arnor, Gondor and Rohan held elections in May. All three juntas have expelled Mordorian troops.",
        &[
            "arnor against/SANCTION mordor_troops asserted",
            "gondor against/SANCTION mordor_troops asserted",
            "rohan against/SANCTION mordor_troops asserted",
        ],
    );
    // Not after a list of two.
    check(
        "Arnor and Gondor held elections in May. The three countries expelled Mordorian troops.",
        &[],
    );
}

#[test]
fn those_hurt_in_clashes_with_someone_are_the_other_side_of_the_clash() {
    check(
        "Gondorian troops were injured in clashes with Rohirric protesters.",
        &[
            "gondor_troops against/ASSAULT rohan_protesters asserted",
            "rohan_protesters against/ASSAULT gondor_troops asserted",
        ],
    );
    check(
        "Dozens Of Gondorian Peacekeepers Injured In Clashes With Rohirric Protesters",
        &[
            "gondor_peacekeepers against/ASSAULT rohan_protesters asserted",
            "rohan_protesters against/ASSAULT gondor_peacekeepers asserted",
        ],
    );
}

#[test]
fn a_closure_in_the_passive_is_of_what_comes_before_the_auxiliary() {
    check(
        "Traders have lost business since the border with Rohan was closed by Gondor in August.",
        &["gondor against/SANCTION rohan asserted"],
    );
    check(
        "The Rohirric embassy in Minas Tirith was closed by Gondor.",
        &["gondor against/SANCTION rohan_embassy asserted"],
    );
}

#[test]
fn an_infinitive_under_a_participle_of_promise_is_the_participles_subjects() {
    check(
        "Arnor and Gondor met, vowing to assist each other.",
        &[
            "arnor support/AID gondor asserted",
            "arnor support/CONSULT gondor asserted",
            "gondor support/AID arnor asserted",
            "gondor support/CONSULT arnor asserted",
        ],
    );
}

#[test]
fn forming_an_alliance_is_agreeing() {
    check(
        "Arnor and Gondor formed an alliance.",
        &[
            "arnor support/AGREE gondor asserted",
            "gondor support/AGREE arnor asserted",
        ],
    );
    check(
        "Arnor formed an alliance with Gondor.",
        &["arnor support/AGREE gondor asserted"],
    );
}

#[test]
fn the_attacks_on_one_side_of_a_clash_are_the_other_sides() {
    check(
        "Gondorian troops were injured in clashes with Rohirric protesters. Arnor condemned the \
         attacks on the troops.",
        &[
            "arnor against/ACCUSE rohan_protesters asserted",
            "gondor_troops against/ASSAULT rohan_protesters asserted",
            "rohan_protesters against/ASSAULT gondor_troops asserted",
        ],
    );
}

#[test]
fn a_telephone_call_is_a_consultation_both_ways() {
    check(
        "Wang Ecthelion telephoned Bard Bow.",
        &[
            "bard_bow support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "Wang Ecthelion called Bard Bow on Monday.",
        &[
            "bard_bow support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "Gondor called Rohan to offer condolences.",
        &[
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT gondor asserted",
        ],
    );
    // Not a call on someone, a judgement of someone's act, or a name.
    check(
        "Gondor called on Rohan to withdraw.",
        &["gondor against/REQUEST rohan asserted"],
    );
    check("Gondor called Rohan to account.", &[]);
    check("Gondor faced a so-called Rohan on Monday.", &[]);
}

#[test]
fn judging_the_acts_on_someone_judges_their_agent() {
    // The act named with whom it was done to stands for its agent in a judging frame.
    check(
        "Mordor attacked Rohan. Gondor called the attacks on Rohan \"absolutely unacceptable\".",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/ASSAULT rohan asserted",
        ],
    );
    // Also past a first quoted adjective that is no cue.
    check(
        "Mordor raided Rohan. Gondor called the raid \"unprovoked\" and \"unacceptable\".",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/COERCE rohan asserted",
        ],
    );
    // The attacks on a clash's sufferer, named by its state, are the other side's.
    check(
        "Gondorian troops were injured in clashes with Rohirric protesters. Arnor called the \
         attacks on Gondor \"unacceptable\".",
        &[
            "arnor against/ACCUSE rohan_protesters asserted",
            "gondor_troops against/ASSAULT rohan_protesters asserted",
            "rohan_protesters against/ASSAULT gondor_troops asserted",
        ],
    );
}

#[test]
fn a_briefing_is_a_consultation_both_ways() {
    check(
        "Wang Ecthelion briefed Bard Bow on the talks.",
        &[
            "bard_bow support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/CONSULT bard_bow asserted",
        ],
    );
    // Not the adjective.
    check("Gondor issued a brief statement on Rohan.", &[]);
}

#[test]
fn companions_named_with_the_subject_act_with_it() {
    check(
        "Arnor, together with Rohan and Gondor, condemned Mordor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Arnor, along with Rohan, has been mediating between Gondor and Mordor.",
        &[
            "arnor support/CONSULT gondor asserted",
            "arnor support/CONSULT mordor asserted",
            "rohan support/CONSULT gondor asserted",
            "rohan support/CONSULT mordor asserted",
        ],
    );
}

#[test]
fn a_relative_past_a_quantifier_is_its_antecedents() {
    check(
        "Gondor received phone calls from Rohan and Arnor, who both condemned Mordor and \
         affirmed their solidarity with Gondor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "arnor support/CONSULT gondor asserted",
            "arnor support/SUPPORT gondor asserted",
            "gondor support/CONSULT arnor asserted",
            "gondor support/CONSULT rohan asserted",
            "rohan against/ACCUSE mordor asserted",
            "rohan support/CONSULT gondor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
}

#[test]
fn affirming_or_renewing_support_is_support() {
    check(
        "Rohan and Arnor affirmed their solidarity with Gondor.",
        &[
            "arnor support/SUPPORT gondor asserted",
            "rohan support/SUPPORT gondor asserted",
        ],
    );
    check(
        "Rohan renewed its support for Gondor.",
        &["rohan support/SUPPORT gondor asserted"],
    );
}

#[test]
fn receiving_a_person_is_a_meeting_both_ways() {
    check(
        "Bard Bow was received by Wang Ecthelion in Minas Tirith.",
        &[
            "bard_bow support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/CONSULT bard_bow asserted",
        ],
    );
    check(
        "Gondor received the Rohirric delegation.",
        &["gondor support/CONSULT rohan asserted"],
    );
    // Not what is received, named after someone.
    check("Wang Ecthelion received Bard Bow's letter.", &[]);
    check("Wang Ecthelion received the Bard Bow award.", &[]);
}

#[test]
fn two_who_discussed_something_discussed_it_with_each_other() {
    check(
        "Bard Bow and Wang Ecthelion later discussed counterterrorism cooperation.",
        &[
            "bard_bow support/CONSULT wang_ecthelion asserted",
            "wang_ecthelion support/CONSULT bard_bow asserted",
        ],
    );
    // One who discussed something discussed it with no one named.
    check("Bard Bow discussed Gondor's proposal.", &[]);
}

#[test]
fn taking_into_custody_is_an_arrest() {
    check(
        "Bard Bow was taken into custody by Gondorian police on Thursday.",
        &["gondor_police against/COERCE bard_bow asserted"],
    );
    check(
        "Gondorian police took into custody two Rohirric nationals.",
        &["gondor_police against/COERCE rohan_nationals asserted"],
    );
}

#[test]
fn a_visit_criticised_in_the_passive_is_the_visitors() {
    check(
        "Elessar Telcontar visited Edoras. The visit was criticised by Arnor.",
        &[
            "arnor against/ACCUSE elessar_telcontar asserted",
            "elessar_telcontar support/CONSULT rohan asserted",
        ],
    );
}

#[test]
fn a_quoted_pair_of_verbs_shares_its_subject_and_object() {
    check(
        "Gondor \"backs and respects\" Rohan.",
        &["gondor support/SUPPORT rohan asserted"],
    );
    check(
        "Bard Bow said Gondor \"supports and respects\" Rohan's decision.",
        &["gondor support/SUPPORT rohan reported [bard_bow]"],
    );
}

#[test]
fn acting_in_support_of_someone_backs_them() {
    check(
        "Hundreds of Rohirric protesters rallied in Edoras in support of Bard Bow.",
        &["rohan_protesters support/SUPPORT bard_bow asserted"],
    );
    check(
        "Hundreds of Rohirric protesters marched in Edoras, chanting slogans in support of Gondor.",
        &["rohan_protesters support/SUPPORT gondor asserted"],
    );
    check(
        "Arnor spoke in support of Rohan.",
        &["arnor support/SUPPORT rohan asserted"],
    );
}

#[test]
fn conjuncts_past_acronyms_in_brackets() {
    check(
        "The Gondorian Guard (GG) and Rohan denounced Mordor.",
        &[
            "gondor_guard against/ACCUSE mordor asserted",
            "rohan against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Several political parties, including the Gondorian Guard (GG) and the Kingdom of \
         Arnor (KA), denounced Mordor.",
        &[
            "arnor against/ACCUSE mordor asserted",
            "gondor_guard against/ACCUSE mordor asserted",
        ],
    );
}

#[test]
fn a_street_crowd_acts_apart_from_its_state_but_rolls_up_to_it() {
    assert_top(
        "Hundreds of Rohirric protesters attacked Gondorian troops.",
        "rohan_protesters",
        "rohan",
    );
    // Still apart from its state's own police.
    check(
        "Rohirric police detained dozens of Rohirric protesters.",
        &["rohan_police against/COERCE rohan_protesters asserted"],
    );
}

#[test]
fn a_demand_that_a_state_side_act_presses_it() {
    check(
        "Gondor demanded that the Rohirric side punish the attacker.",
        &["gondor against/REQUEST rohan asserted"],
    );
}

#[test]
fn a_conjunct_past_an_approximate_number() {
    check(
        "Arnor imposed entry bans on Bard Bow and over a dozen Gondorian officials.",
        &[
            "arnor against/SANCTION bard_bow asserted",
            "arnor against/SANCTION gondor_officials asserted",
        ],
    );
    check(
        "Arnor imposed entry bans on Bard Bow and dozens of Gondorian officials.",
        &[
            "arnor against/SANCTION bard_bow asserted",
            "arnor against/SANCTION gondor_officials asserted",
        ],
    );
}

#[test]
fn those_an_object_includes_are_acted_on_too() {
    check(
        "Arnor sanctioned twelve Gondorian officials, including Foreign Minister Wang Ecthelion.",
        &[
            "arnor against/SANCTION gondor_officials asserted",
            "arnor against/SANCTION wang_ecthelion asserted",
        ],
    );
    check(
        "Arnor expelled several diplomats, including the Gondorian ambassador.",
        &["arnor against/SANCTION gondor_ambassador asserted"],
    );
}

#[test]
fn cutting_ones_own_aid_to_someone_is_against_them() {
    check(
        "Wang Ecthelion signed an executive order cutting Gondorian aid to Rohan.",
        &[
            "gondor support/AID rohan negated",
            "wang_ecthelion against/SANCTION rohan asserted",
        ],
    );
}

#[test]
fn being_at_war_with_someone_is_a_war_of_two() {
    check(
        "Rohan has been at war with Gondor since 2023.",
        &[
            "gondor against/ASSAULT rohan asserted",
            "rohan against/ASSAULT gondor asserted",
        ],
    );
    check(
        "The Gondorian Guard, commanded by Bard Bow, has been at war with the Rohirric army \
         since April.",
        &[
            "gondor_guard against/ASSAULT rohan_army asserted",
            "rohan_army against/ASSAULT gondor_guard asserted",
        ],
    );
}

#[test]
fn a_host_named_after_a_meeting_between_two_acts_for_each() {
    check(
        "The case was raised at the meeting between Bard Bow and Elrond Half in Edoras on \
         October 27, hosted by Wang Ecthelion.",
        &[
            "bard_bow support/CONSULT elrond_half asserted",
            "elrond_half support/CONSULT bard_bow asserted",
            "wang_ecthelion support/CONSULT bard_bow asserted",
            "wang_ecthelion support/CONSULT elrond_half asserted",
        ],
    );
    check(
        "The talks between Rohan and Arnor were hosted by Gondor.",
        &[
            "arnor support/CONSULT rohan asserted",
            "gondor support/CONSULT arnor asserted",
            "gondor support/CONSULT rohan asserted",
            "rohan support/CONSULT arnor asserted",
        ],
    );
}

#[test]
fn representing_someones_interests_acts_for_them() {
    check(
        "Arnor, which represents Rohirric interests in Mordor, helped.",
        &["arnor support/SUPPORT rohan asserted"],
    );
    check(
        "Arnor represents the interests of Rohan.",
        &["arnor support/SUPPORT rohan asserted"],
    );
    check("Bard Bow represents Rohan at the talks.", &[]);
}

#[test]
fn greeting_someone_welcomes_them() {
    check(
        "Bard Bow was greeted at the airport by Wang Ecthelion.",
        &["wang_ecthelion support/SUPPORT bard_bow asserted"],
    );
}

#[test]
fn those_who_followed_suit_repeat_the_last_act() {
    check(
        "Rohan cut diplomatic ties with Mordor. Arnor, Gondor and Erebor followed suit.",
        &[
            "arnor against/SANCTION mordor asserted",
            "erebor against/SANCTION mordor asserted",
            "gondor against/SANCTION mordor asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
    check(
        "Wang Ecthelion summoned the Mordorian ambassador, while Arnor did the same.",
        &[
            "arnor against/ACCUSE mordor_ambassador asserted",
            "wang_ecthelion against/ACCUSE mordor_ambassador asserted",
        ],
    );
    // Not when they did not, nor when the sentence names what they did.
    check(
        "Rohan expelled the Mordorian ambassador. Arnor did not follow suit.",
        &["rohan against/SANCTION mordor_ambassador asserted"],
    );
    check(
        "Rohan cut ties with Mordor. Arnor followed suit and broke off relations with Erebor.",
        &[
            "arnor against/SANCTION erebor asserted",
            "rohan against/SANCTION mordor asserted",
        ],
    );
}

#[test]
fn shunning_an_event_is_against_the_state_it_is_held_in() {
    check(
        "Rohan boycotted the summit in Minas Tirith.",
        &["rohan against/SANCTION gondor asserted"],
    );
    check(
        "Rohan skipped the summit in Minas Tirith.",
        &["rohan against/REJECT gondor asserted"],
    );
    // Not anything else done there.
    check("Bard Bow skipped training in Minas Tirith.", &[]);
}

#[test]
fn a_quoted_judgement_with_no_cue_word_still_judges() {
    check(
        "Mordor expelled two Rohirric diplomats. Bard Bow called the expulsion \"a very sad day\".",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/SANCTION rohan_diplomats asserted",
        ],
    );
    check(
        "Gondor expelled two Rohirric diplomats. Bard Bow described the expulsion as \"a very sad day\".",
        &[
            "bard_bow against/ACCUSE gondor asserted",
            "gondor against/SANCTION rohan_diplomats asserted",
        ],
    );
    // Praise when a word of praise is in it.
    check(
        "Bard Bow described Gondor as \"true brothers\".",
        &["bard_bow support/SUPPORT gondor asserted"],
    );
    check(
        "Rohan, calling Mordor \"a very sad case\", recalled its envoy.",
        &["rohan against/ACCUSE mordor asserted"],
    );
    // Negated as any cue is; not in the passive, not what a thing is called.
    check(
        "Bard Bow did not call Gondor \"a sad case\".",
        &["bard_bow against/ACCUSE gondor negated"],
    );
    check("Gondor was described by Bard Bow as \"a sad case\".", &[]);
    check(
        "The plan is in what Bard Bow calls its \"final stage\".",
        &[],
    );
}

#[test]
fn a_gerund_after_after_or_before_is_the_clause_subjects_act() {
    check(
        "Rohan expelled the Gondorian ambassador after accusing Gondor of spying.",
        &[
            "rohan against/ACCUSE gondor asserted",
            "rohan against/SANCTION gondor_ambassador asserted",
        ],
    );
    check(
        "Bard Bow left Edoras before criticising Gondor.",
        &["bard_bow against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_collective_nouns_of_belongs_to_its_conjunct() {
    check(
        "Gondor and a group of Rohirric officials condemned Mordor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "rohan_officials against/ACCUSE mordor asserted",
        ],
    );
    check(
        "Mordor sanctioned Gondor and a group of Rohirric officials.",
        &[
            "mordor against/SANCTION gondor asserted",
            "mordor against/SANCTION rohan_officials asserted",
        ],
    );
}

#[test]
fn a_relative_after_an_acts_target_and_its_place_is_the_acts() {
    check(
        "The talks came after Mordor's raid on Rohirric farmers in Edoras, which was condemned by Gondor.",
        &[
            "gondor against/ACCUSE mordor asserted",
            "mordor against/COERCE rohan_farmers asserted",
        ],
    );
}

#[test]
fn giving_someone_hours_to_leave_expels_them() {
    check(
        "Gondor gave two Rohirric diplomats 48 hours to leave the country.",
        &["gondor against/SANCTION rohan_diplomats asserted"],
    );
    // Not any other giving.
    check(
        "Gondor gave the Rohirric ambassador permission to leave.",
        &[],
    );
}

#[test]
fn his_plane_or_ship_is_the_persons() {
    check(
        "Bard Bow cancelled his visit to Edoras after Rohan denied his plane permission to land.",
        &[
            "bard_bow against/SANCTION rohan asserted",
            "rohan against/REJECT bard_bow asserted",
        ],
    );
    check(
        "Bard Bow spoke on Monday. Rohan seized his ship.",
        &["rohan against/COERCE bard_bow asserted"],
    );
}

#[test]
fn him_in_a_clause_of_its_own_is_the_sentences_subject() {
    check(
        "Bard Bow said Rohan had insulted him.",
        &["rohan against/ACCUSE bard_bow reported [bard_bow]"],
    );
    check(
        "Bard Bow left Edoras after Rohan criticised him.",
        &["rohan against/ACCUSE bard_bow asserted"],
    );
    // Not a possessive "her": the clause's own subject's.
    check(
        "Bard Bow left Edoras while Wang Ecthelion expressed her support for Rohan.",
        &["wang_ecthelion support/SUPPORT rohan asserted"],
    );
}

#[test]
fn a_decision_not_to_attend_a_meeting_refuses_it() {
    check(
        "Bard Bow has decided not to attend the meeting with Wang Ecthelion.",
        &[
            "bard_bow against/REJECT wang_ecthelion asserted",
            "bard_bow support/CONSULT wang_ecthelion negated",
        ],
    );
}

#[test]
fn each_titled_member_after_a_title_with_its_demonym() {
    check(
        "Gondor condemned Rohirric Prime Minister Bard Bow and Arnorian Foreign Minister Faramir Hurin.",
        &[
            "gondor against/ACCUSE bard_bow asserted",
            "gondor against/ACCUSE faramir_hurin asserted",
        ],
    );
}

#[test]
fn hosted_talks_are_held_between_their_parties() {
    let hosted = [
        "gondor support/CONSULT mordor asserted",
        "mordor support/CONSULT gondor asserted",
        "rohan support/CONSULT gondor asserted",
        "rohan support/CONSULT mordor asserted",
    ];
    check(
        "Rohan hosted talks between Gondor and Mordor in Edoras.",
        &hosted,
    );
    check(
        "The talks between Gondor and Mordor were hosted by Rohan.",
        &hosted,
    );
    // Not talks only offered; and welcoming them backs neither party.
    check(
        "Rohan offered to host talks between Gondor and Mordor.",
        &[
            "rohan support/CONSULT gondor asserted",
            "rohan support/CONSULT mordor asserted",
        ],
    );
    check(
        "Rohan hosted talks between Gondor and Mordor. Arnor welcomed the talks.",
        &hosted,
    );
}

#[test]
fn whom_a_stance_compound_names_is_no_object_of_a_reaction() {
    check("Bard Bow denounced the anti-Gondorian campaign.", &[]);
    check(
        "Bard Bow condemned the anti-Gondorian sanctions imposed by Mordor.",
        &["bard_bow against/ACCUSE mordor asserted"],
    );
    // The stance itself is still the one who holds it.
    check(
        "Bard Bow launched an anti-Gondorian campaign.",
        &["bard_bow against/ACCUSE gondor asserted"],
    );
}

#[test]
fn a_sanction_reported_with_its_agent_after_it_alleges_nothing() {
    check(
        "Wang Ecthelion said the airspace had been closed to Rohirric aircraft since February \
         under sanctions imposed on Rohan by Mordor.",
        &["mordor against/SANCTION rohan reported [wang_ecthelion]"],
    );
    // A sanction its agent is said to have imposed is still alleged.
    check(
        "Bard Bow said Mordor had imposed sanctions on Gondor.",
        &[
            "bard_bow against/ACCUSE mordor asserted",
            "mordor against/SANCTION gondor reported [bard_bow]",
        ],
    );
}

#[test]
fn the_two_sides_are_the_parties_named_after_between() {
    check(
        "Erebor hosted talks between Rohan and Mordor in Dale on Saturday. Erebor thanked Arnor \
         and Erebor met Arnor. Gondor said the two sides had agreed to meet again.",
        &[
            "arnor support/CONSULT erebor asserted",
            "erebor support/CONSULT arnor asserted",
            "erebor support/CONSULT mordor asserted",
            "erebor support/CONSULT rohan asserted",
            "erebor support/SUPPORT arnor asserted",
            "mordor support/AGREE rohan reported [gondor]",
            "mordor support/CONSULT rohan asserted",
            "mordor support/CONSULT rohan reported [gondor]",
            "rohan support/AGREE mordor reported [gondor]",
            "rohan support/CONSULT mordor asserted",
            "rohan support/CONSULT mordor reported [gondor]",
        ],
    );
}

#[test]
fn correcting_bearing_consequences_and_a_guilty_verdict() {
    // Asking someone to correct a decision presses them.
    check(
        "Wang Ecthelion urged Rohan to immediately correct its wrong decision.",
        &["wang_ecthelion against/REQUEST rohan asserted"],
    );
    // Saying they will bear the consequences warns them.
    check(
        "Wang Ecthelion said Rohan must bear all the ensuing consequences.",
        &["wang_ecthelion against/THREATEN rohan asserted"],
    );
    // Finding someone guilty judges them, also of a named offence.
    check(
        "A Gondorian court found Bard Bow guilty of espionage.",
        &["gondor_court against/ACCUSE bard_bow asserted"],
    );
}

#[test]
fn a_title_after_an_age_is_the_holder_named_before() {
    check(
        "Gondorian President Wang Ecthelion spoke on Friday. Rohirric troops seized the \
         83-year-old president at his palace.",
        &["rohan_troops against/COERCE wang_ecthelion asserted"],
    );
}

#[test]
fn a_relative_charge_accuses_its_antecedent() {
    // Not whom the charge's "of" names.
    check(
        "Gondor detained members of the Harad Front (HF), which Rohan accuses of links to Mordor.",
        &[
            "gondor against/COERCE harad_front asserted",
            "rohan against/ACCUSE harad_front asserted",
        ],
    );
    // "whom" past a person's apposition is the person.
    check(
        "Rohan sanctioned Bard Bow, the head of Gondorian intelligence, whom Arnor had long \
         blamed for the abductions.",
        &[
            "arnor against/ACCUSE bard_bow asserted",
            "rohan against/SANCTION bard_bow asserted",
        ],
    );
}

#[test]
fn a_states_name_before_what_it_said_is_its_owner() {
    check(
        "Rohan called Gondor charges absurd.",
        &["rohan against/ACCUSE gondor asserted"],
    );
}

#[test]
fn an_outlet_named_after_its_noun_and_a_press_title() {
    // "Radio Ithilien" is an outlet, named later by the rest of its name.
    let doc = Document::from_bytes(
        "t",
        b"Gondor blocked Radio Ithilien. Wang Ecthelion criticised Ithilien.",
    )
    .unwrap();
    let x = Extractor::new(lexicon()).extract(&doc);
    assert_eq!(
        x.actors.get("radio_ithilien").map(|a| a.kind),
        Some(actorgraph::lexicon::Kind::Media)
    );
    check(
        "Gondor blocked Radio Ithilien. Wang Ecthelion criticised Ithilien.",
        &[
            "gondor against/SANCTION radio_ithilien asserted",
            "wang_ecthelion against/ACCUSE radio_ithilien asserted",
        ],
    );
    // "Presidential press secretary" is a title, no outlet called "Presidential".
    assert_eq!(
        parent_of(
            "Presidential press secretary Elrond Vane criticised Rohan.",
            "elrond_vane"
        ),
        Some("rohan".to_owned())
    );
}

#[test]
fn a_reaction_names_the_storys_own_event_before_a_background_one() {
    check(
        "Mordor strikes Rohirric base\n\nMordor struck a Rohirric base on Monday night. Rohan \
         said it would respond. Rohan asked Arnor for help. Early on Sunday, Gondor struck \
         Mordorian sites. Erebor condemned the strike.",
        &[
            "erebor against/ACCUSE mordor asserted",
            "gondor against/ASSAULT mordor asserted",
            "mordor against/ASSAULT rohan asserted",
            "mordor against/ASSAULT rohan asserted",
        ],
    );
}

#[test]
fn what_a_reaction_describes_is_the_act_before_it() {
    check(
        "Mordor struck Edoras on Tuesday. Wang Ecthelion condemned what he called \"a flagrant \
         violation\".",
        &[
            "mordor against/ASSAULT rohan asserted",
            "wang_ecthelion against/ACCUSE mordor asserted",
        ],
    );
}
