package com.seventargets.camel.springboot;

import java.util.Set;

import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the object options name a Spring bean, as in Camel's starters:
 * {@code camel.component.seventargets.ssl-context-parameters=#bean:mySsl} (or {@code #mySsl}).
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class SevenTargetsComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public SevenTargetsComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, SevenTargetsConfiguration.class),
                new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, IdempotentRepository.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String reference = source == null ? "" : source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("'" + reference + "' is not a bean reference: write #bean:name, the"
                                               + " name of a " + targetType.getType().getSimpleName() + " bean");
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
