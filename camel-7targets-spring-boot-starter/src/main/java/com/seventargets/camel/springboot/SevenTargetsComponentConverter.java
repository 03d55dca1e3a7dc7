package com.seventargets.camel.springboot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The types of the object options: those of the generated properties that are not plain values. */
    private static final Set<ConvertiblePair> BEAN_TYPES = Arrays.stream(
                    SevenTargetsComponentConfiguration.class.getDeclaredFields())
            .filter(field -> !Modifier.isStatic(field.getModifiers()))
            .map(Field::getType)
            .filter(type -> !type.isPrimitive() && !type.isEnum() && !type.getName().startsWith("java."))
            .map(type -> new ConvertiblePair(String.class, type))
            .collect(Collectors.toUnmodifiableSet());

    private final ApplicationContext applicationContext;

    public SevenTargetsComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return BEAN_TYPES;
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
