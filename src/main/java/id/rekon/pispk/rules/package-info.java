/**
 * The reconciliation rules: one class per rule family ({@link id.rekon.pispk.rules.JknRules},
 * {@link id.rekon.pispk.rules.PertumbuhanRules}, {@link id.rekon.pispk.rules.BalitaRules},
 * {@link id.rekon.pispk.rules.AsiRules}, {@link id.rekon.pispk.rules.HipertensiRules},
 * {@link id.rekon.pispk.rules.KuaRules}, {@link id.rekon.pispk.rules.IdentitasRules},
 * {@link id.rekon.pispk.rules.NikRules}, {@link id.rekon.pispk.rules.SurveiRules},
 * {@link id.rekon.pispk.rules.MatchRules}), the template of those that compare one answer with one
 * program ({@code BandingProgramRules}: JKN, TUMBUH, ASI, HT), the concordance, and the finding builder. Pure Java
 * over the domain model: no Spring, JDBC or I/O. Every window and threshold comes from
 * {@link id.rekon.pispk.rules.RuleSettings}. Whenever a rule picks one record among several it
 * does so by {@link id.rekon.pispk.rules.RecordOrder}, never by list position, so findings and
 * their ids do not depend on input order. See {@code docs/aturan.md}.
 */
package id.rekon.pispk.rules;
