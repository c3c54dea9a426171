package org.decompress.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' own words (messages/msg_xx.properties, one file per language), for templates as
 * {@code {msg:key}} and for Java through {@link io.quarkus.qute.i18n.MessageBundles}. Each method is one
 * message; its words are in the files, never here.
 */
@MessageBundle(value = "msg", locale = Languages.DEFAULT_TAG)
public interface Messages {

    @Message
    String language_name();

    @Message
    String language_switch();

    @Message
    String brand();

    @Message
    String tagline();

    @Message
    String skip_link();

    @Message
    String footer_privacy();

    @Message
    String footer_credits();

    @Message
    String footer_api();

    @Message
    String manifest_name();

    @Message
    String manifest_description();

    @Message
    String rule_label(String title);

    @Message
    String change_my_answers();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String questionnaire_title();

    @Message
    String questionnaire_heading();

    @Message
    String questionnaire_lead();

    @Message
    String required();

    @Message
    String show_my_plan();

    @Message
    String check_answers(int count);

    @Message
    String kept_check_ins(int count);

    @Message
    String plan_title();

    @Message
    String plan_heading();

    @Message
    String before_you_start();

    @Message
    String warning_signs();

    @Message
    String good_to_know();

    @Message
    String print_plan();

    @Message
    String copy_link();

    @Message
    String sound_on();

    @Message
    String sound_off();

    @Message
    String keep_plan();

    @Message
    String forget_plan();

    @Message
    String share_before();

    @Message
    String share_link();

    @Message
    String share_after();

    @Message
    String take_care();

    @Message
    String why_this_one();

    @Message
    String session_exercises(int count);

    @Message
    String session_minutes(int minutes);

    @Message
    String session_times_a_day_range(int fewest, int most);

    @Message
    String session_check_in();

    @Message
    String disclaimers_in_short();

    @Message
    String disclaimers_all(int count);

    @Message
    String why_this_form();

    /** Opens the whole of a warning whose short line names only its key signs. */
    @Message
    String warning_all_signs();

    @Message
    String update_ready();

    @Message
    String update_reload();

    @Message
    String cooldown_see_first(int number);

    @Message
    String hold();

    @Message
    String start_timer();

    @Message
    String pause();

    @Message
    String then_the_cooldown(String name);

    @Message
    String repetitions_of(int count);

    @Message
    String count_repetition();

    @Message
    String next_exercise();

    @Message
    String ruled_out_summary(int count);

    @Message
    String whole_plan();

    @Message
    String seen_from_the_front();

    @Message
    String both_poses();

    @Message
    String dose_hold(int seconds);

    @Message
    String dose_hold_range(int seconds, int most);

    @Message
    String dose_each_side();

    @Message
    String dose_repetitions(int count);

    @Message
    String dose_rest(int minutes);

    @Message
    String dose_rest_range(int minutes, int most);

    @Message
    String dose_times(int count);

    @Message
    String dose_once_a_day();

    @Message
    String dose_times_a_day(int count);

    @Message
    String step_small(int step);

    @Message
    String step_firm(int step);

    @Message
    String change_NEW();

    @Message
    String change_SAME();

    @Message
    String change_UP();

    @Message
    String change_DOWN();

    @Message
    String change_REPLACED();

    @Message
    String js_link_copied();

    @Message
    String js_copy_by_hand();

    @Message
    String js_hold();

    @Message
    String js_hold_side(String sideNumber, String sideCount);

    @Message
    String js_get_ready();

    @Message
    String js_change_sides();

    @Message
    String js_start_side(String sideNumber);

    @Message
    String js_done();

    @Message
    String js_now_the_cooldown();

    @Message
    String js_resume();

    @Message
    String js_paused();

    @Message
    String js_kept();

    @Message
    String js_not_kept();

    @Message
    String js_forgotten();

    @Message
    String referral_title();

    @Message
    String urgency_EMERGENCY();

    @Message
    String urgency_URGENT();

    @Message
    String urgency_SOON();

    @Message
    String urgency_ROUTINE();

    @Message
    String why();

    @Message
    String about_this_advice();

    @Message
    String start_again();

    @Message
    String how_did_it_go();

    @Message
    String check_ins_full();

    @Message
    String check_ins_full_start_again();

    @Message
    String check_in_intro();

    @Message
    String check_these_answers();

    @Message
    String rating_legend(String name, int step);

    @Message
    String rating_legend_variant(String name, String variant, int step);

    @Message
    String rating_TOO_EASY();

    @Message
    String rating_JUST_RIGHT();

    @Message
    String rating_TOO_HARD();

    @Message
    String rating_PAINFUL();

    @Message
    String rating_NOT_DONE();

    @Message
    String pain_now();

    @Message
    String sessions_a_week();

    @Message
    String weeks_since_first_plan();

    @Message
    String morning_after();

    @Message
    String morning_after_label();

    @Message
    String flags_legend();

    @Message
    String flags_help();

    @Message
    String legs_legend();

    @Message
    String legs_label();

    @Message
    String overall_legend();

    @Message
    String overall_BETTER();

    @Message
    String overall_SAME();

    @Message
    String overall_WORSE();

    @Message
    String next_plan();

    @Message
    String since_you_started();

    @Message
    String pain_at_start();

    @Message
    String pain_now_label();

    @Message
    String out_of_ten(int pain);

    @Message
    String pain_lower(int points);

    @Message
    String pain_higher(int points);

    @Message
    String pain_no_change();

    @Message
    String after_check_ins(int checkIns, int weeks);

    @Message
    String chart_start();

    @Message
    String chart_week_short(int week);

    @Message
    String chart_week(int week);

    @Message
    String chart_point(String label, int pain);

    @Message
    String chart_description(String numbers);

    @Message
    String offline_title();

    @Message
    String offline_heading();

    @Message
    String offline_text();

    @Message
    String offline_questionnaire();

    @Message
    String fhir_checkin_title();

    @Message
    String fhir_exercise_group();

    @Message
    String fhir_exercise_id();

    @Message
    String fhir_variant();

    @Message
    String fhir_step();

    @Message
    String fhir_rating();

    @Message
    String fhir_subject();

    @Message
    String fhir_careplan_title();

    @Message
    String fhir_referral_title();

    @Message
    String fhir_exercise_therapy();

    @Message
    String fhir_exercise_forms();

    @Message
    String fhir_then_cooldown(String name);

    @Message
    String fhir_provenance_title();

    @Message
    String fhir_provenance_made(String name, String version, String recorded, String rules);

    @Message
    String cds_plan_summary(int count, String names);

    @Message
    String cds_source();

    @Message
    String cds_exercises();

    @Message
    String cds_ruled_out();

    @Message
    String cds_why();

    @Message
    String cds_summary_referral(String urgency, String rule);

    @Message
    String cds_urgency_EMERGENCY();

    @Message
    String cds_urgency_URGENT();

    @Message
    String cds_urgency_SOON();

    @Message
    String cds_urgency_ROUTINE();

    @Message
    String cds_patient_said();

    @Message
    String cds_yes();

    @Message
    String cds_no();

    @Message
    String cds_propose_plan();

    @Message
    String cds_propose_referral();

    @Message
    String rulebook_search_label();

    @Message
    String rulebook_search_hint();

    @Message
    String rulebook_search_count(String count, String total);

    @Message
    String rulebook_search_none();

    @Message
    String rulebook_index_title();

    @Message
    String rulebook_index_intro();

    @Message
    String rulebook_index_none();

    @Message
    String rulebook_generated();

    @Message
    String rulebook_fires(String fired, String total);

    @Message
    String rulebook_counts_note();

    @Message
    String rulebook_scenarios_summary(int count);

    @Message
    String rulebook_page_title();

    @Message
    String rulebook_heading();

    @Message
    String rulebook_lead(String rules, String answerSets, String cases);

    @Message
    String rulebook_how_to_change();

    @Message
    String rulebook_as_written();

    @Message
    String rulebook_counts_stale();

    @Message
    String rulebook_worth_a_look();

    @Message
    String rulebook_no_scenario(int count);

    @Message
    String rulebook_no_scenario_none();

    @Message
    String rulebook_fires_for_none(int count);

    @Message
    String rulebook_fires_for_none_why();

    @Message
    String rulebook_none();

    @Message
    String rulebook_stages();

    @Message
    String rulebook_stage_rules(int count);

    @Message
    String rulebook_table_title();

    @Message
    String rulebook_table_intro(int rows, int columns, String cells);

    @Message
    String rulebook_table_how();

    @Message
    String rulebook_table_basis();

    @Message
    String rulebook_census_item(String count, String decision);

    @Message
    String rulebook_census();

    @Message
    String rulebook_legend_out();

    @Message
    String rulebook_legend_caution();

    @Message
    String rulebook_legend_ok();

    @Message
    String rulebook_legend_favour();

    @Message
    String rulebook_legend_refer();

    @Message
    String rulebook_circumstance();

    @Message
    String rulebook_outcome();

    @Message
    String rulebook_stage_heading(int number, String name);

    @Message
    String rulebook_rule_name();

    @Message
    String rulebook_source();

    @Message
    String rulebook_source_none();

    @Message
    String rulebook_consensus();

    @Message
    String rulebook_concludes();

    @Message
    String rulebook_concludes_nothing();

    @Message
    String rulebook_says();

    @Message
    String rulebook_not_counted();

    @Message
    String rulebook_scenarios();

    @Message
    String rulebook_scenarios_none();

    @Message
    String rulebook_sources();
}
