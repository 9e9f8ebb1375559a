"""Contacts as a feature: profiles and contact events, and who gets which main feed."""

from __future__ import annotations

from core.changes import ContactChanged
from core.contacts.fold import ContactsFold
from core.contacts.service import ContactsService
from core.contacts.values import ContactState
from core.features import Entitlements, Feature
from core.ids import PublicKey


def contacts_feature(service: ContactsService, me: PublicKey) -> Feature:
    """Our main feed goes to our contacts (any state but declined); friends relay each
    other's main feeds; a blocked peer gets nothing."""

    def entitlements() -> Entitlements:
        contacts = service.all_contacts()
        sharing = frozenset(
            c.identity for c in contacts if not c.blocked and c.state is not ContactState.DECLINED
        )
        return Entitlements(
            blocked=frozenset(c.identity for c in contacts if c.blocked),
            main_readers=sharing,
            main_kept=sharing,
            relays=frozenset(c.identity for c in contacts if c.is_friend and not c.blocked),
        )

    fold = ContactsFold(me)
    return Feature(
        name="contacts",
        folds={"profile": fold, "contact.": fold},
        entitlements=entitlements,
        entitlement_changes=(ContactChanged,),
        wanted_blobs=service.avatar_blob_ids,
    )
