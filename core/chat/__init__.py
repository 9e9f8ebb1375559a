"""Chat: direct and group conversations, messages, recall, read marks, drafts and search."""

from core.chat.cards import (
    Card,
    MiniProgramCard,
    PackageRef,
    RedEnvelopeCard,
    Split,
    TransferCard,
    UnsupportedCard,
)
from core.chat.feature import chat_feature, groups_feature
from core.chat.group_fold import GroupsFold, group_scope
from core.chat.groups import GroupsService
from core.chat.invite_code import GroupInvite, InvalidInvite
from core.chat.message_fold import MessagesFold
from core.chat.service import ChatService
from core.chat.tables import FTS_DDL
from core.chat.values import (
    RECALL_WINDOW_MS,
    Attachment,
    ConversationId,
    ConversationSummary,
    Delivery,
    GroupInfo,
    GroupMember,
    Message,
    OutgoingFile,
    Role,
    SearchHit,
    SystemNote,
    direct_conversation,
    group_conversation,
    parse_conversation,
)

__all__ = [
    "FTS_DDL",
    "RECALL_WINDOW_MS",
    "Attachment",
    "Card",
    "ChatService",
    "ConversationId",
    "ConversationSummary",
    "Delivery",
    "GroupInfo",
    "GroupInvite",
    "GroupMember",
    "GroupsFold",
    "GroupsService",
    "InvalidInvite",
    "Message",
    "MessagesFold",
    "MiniProgramCard",
    "OutgoingFile",
    "PackageRef",
    "RedEnvelopeCard",
    "Role",
    "SearchHit",
    "Split",
    "SystemNote",
    "TransferCard",
    "UnsupportedCard",
    "chat_feature",
    "direct_conversation",
    "group_conversation",
    "group_scope",
    "groups_feature",
    "parse_conversation",
]
