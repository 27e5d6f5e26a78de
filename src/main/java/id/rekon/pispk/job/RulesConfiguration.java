package id.rekon.pispk.job;

import id.rekon.pispk.rules.CoupleRule;
import id.rekon.pispk.rules.KeluargaRule;
import id.rekon.pispk.rules.PersonRule;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Registers every rule family of the rules package as a bean without the rules knowing Spring:
 * a new rule is one class implementing {@link PersonRule}, {@link KeluargaRule} or
 * {@link CoupleRule}, picked up here with no edit elsewhere.
 */
@Configuration
@ComponentScan(basePackages = "id.rekon.pispk.rules", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {PersonRule.class, KeluargaRule.class, CoupleRule.class}))
public class RulesConfiguration {
}
