package cn.zhifa.publication;

import cn.zhifa.publication.internal.PublicationMapper;
import cn.zhifa.publication.internal.PublicationRow;
import cn.zhifa.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public sees of published decisions (portal, feeds): only published or withdrawn ones, by public id. */
@Service
public class PublicDecisions {

    private final PublicationMapper mapper;
    private final Messages messages;
    private final Clock clock;

    PublicDecisions(PublicationMapper mapper, Messages messages, Clock clock) {
        this.mapper = mapper;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Published decisions in their display period, newest first, at most 50 a page. {@code after} is the public id
     * of the last decision of the previous page (keyset paging: every page costs the same, however deep); null or an
     * id that is not (or no longer) listed starts at the first page.
     */
    @Transactional(readOnly = true)
    public PublicPage<PublicDecision> published(LocalDate from, LocalDate to, Long itemId, String after, int size) {
        int s = Math.max(1, Math.min(size, 50));
        LocalDate today = LocalDate.now(clock);
        PublicationRow cursor = after == null || !after.matches("[0-9a-f]{32}") ? null
                : mapper.listCursor(after, today);
        long total = mapper.countPublished(from, to, itemId, today, PublicPage.COUNT_CAP + 1);
        List<PublicationRow> rows = mapper.published(from, to, itemId, today,
                cursor == null ? null : cursor.publishedDate, cursor == null ? null : cursor.id, s + 1);
        boolean more = rows.size() > s;
        List<PublicDecision> items = rows.stream().limit(s).map(this::toPublic).toList();
        String next = more ? items.get(items.size() - 1).publicId() : null;
        return new PublicPage<>(items, Math.min(total, PublicPage.COUNT_CAP), total > PublicPage.COUNT_CAP, next,
                cursor == null, s);
    }

    /** A published decision, or a withdrawn one with its explanation only; empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<PublicDecision> publicDecision(String publicId) {
        if (publicId == null || !publicId.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findPublic(publicId, LocalDate.now(clock))).map(this::toPublic);
    }

    private PublicDecision toPublic(PublicationRow r) {
        String category = label("publication.outcome." + r.outcome);
        if (r.status == PublicationStatus.WITHDRAWN) {
            return new PublicDecision(r.publicId, true, r.docNo, r.bodyName, null, null, null, null, null, null,
                    r.decidedDate, r.publishedDate, label("publication.withdrawal." + r.withdrawalReason),
                    r.withdrawalNote, r.withdrawnAt == null ? null : r.withdrawnAt.toLocalDate());
        }
        return new PublicDecision(r.publicId, false, r.docNo, r.bodyName, r.itemName, category, r.partyText,
                r.factsText, r.basisText, r.conclusionText, r.decidedDate, r.publishedDate, null, null, null);
    }

    private String label(String key) {
        return messages.get(key, Messages.ZH_CN);
    }
}
