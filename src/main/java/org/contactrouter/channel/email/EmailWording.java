package org.contactrouter.channel.email;

/**
 * The few words of an email that are not in its templates, in the templates' language: how to greet a citizen whose
 * name is not known, and the subject line's "Re:" and what it says when the citizen's message had no subject.
 *
 * @param unknownName  the greeting's name when the citizen's is not known
 * @param replyPrefix  before the citizen's own subject
 * @param noSubject    the subject when the citizen's message had none
 */
public record EmailWording(String unknownName, String replyPrefix, String noSubject) {

    public static final EmailWording ENGLISH = new EmailWording("Sir or Madam", "Re:", "Your message");
    /** For Welsh-language cases, with the templates in {@code <templates-dir>/cy/}. */
    public static final EmailWording WELSH = new EmailWording("Syr neu Fadam", "Ateb:", "Eich neges");
}
