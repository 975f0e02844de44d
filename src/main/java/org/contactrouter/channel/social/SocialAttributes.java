package org.contactrouter.channel.social;

/**
 * Keys of {@link org.contactrouter.contact.Contact#attributes()} set by social networks. They carry what a network
 * needs to reply later, so the outbound side can build a {@link ReplyRequest} from the stored contact alone.
 */
public final class SocialAttributes {

    /** {@link #KIND_MENTION} for a public post addressed to the council, {@link #KIND_DM} for a direct message. */
    public static final String KIND = "kind";
    public static final String KIND_MENTION = "mention";
    public static final String KIND_DM = "dm";
    /** The network's id of the post or message (tweet id, DM event id, at:// uri). */
    public static final String POST_ID = "postId";
    /** Network-specific user id of the author (X numeric id, Bluesky DID): stable when handles change. */
    public static final String AUTHOR_ID = "authorId";
    /** The author's handle without '@'. */
    public static final String AUTHOR_HANDLE = "authorHandle";
    /** Why the network notified us (Bluesky: mention or reply). */
    public static final String REASON = "reason";
    /** Content id of the post (Bluesky strong reference). */
    public static final String POST_CID = "postCid";
    /** Root of the thread the post belongs to (Bluesky strong reference), the post itself when it starts a thread. */
    public static final String ROOT_URI = "rootUri";
    public static final String ROOT_CID = "rootCid";

    private SocialAttributes() {
    }
}
