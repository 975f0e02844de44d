package org.contactrouter.channel.web;

/** What the citizen typed into the contact page; bound by Spring MVC, re-shown when there are errors. */
public class ContactForm {

    private String submissionId;
    private String name;
    private String email;
    private String phone;
    private String topic;
    private String message;
    /** The language to reply in, "en" or "cy": starts as the page's, and a form sent without one takes the page's. */
    private String language;

    public String getSubmissionId() { return submissionId; }
    public void setSubmissionId(String submissionId) { this.submissionId = submissionId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
