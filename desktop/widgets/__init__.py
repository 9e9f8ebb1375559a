"""Small widgets shared by the panes: avatar painting, badges, search box, headers, icons."""

from desktop.widgets.avatar import avatar_pixmap, colour_for, initials
from desktop.widgets.avatar_image import (
    UnreadableImage,
    avatar_png_from_bytes,
    avatar_png_from_file,
    avatar_png_from_image,
)
from desktop.widgets.badge import CountBadge, badge_rect, badge_text, paint_badge
from desktop.widgets.colors import Palette, colors_for
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.ids import id_lines, short_id
from desktop.widgets.notice import InlineNotice, sentence
from desktop.widgets.page_header import PageHeader
from desktop.widgets.scroll import clear_scroll_area
from desktop.widgets.search_field import SearchField
from desktop.widgets.tint import (
    app_icon,
    icon_pixmap,
    svg_pixmap,
    theme_colors,
    themed_icon,
    two_state_icon,
)
from desktop.widgets.translated import TranslatedDialog, TranslatedWidget, set_role

__all__ = [
    "CountBadge",
    "EmptyState",
    "InlineNotice",
    "PageHeader",
    "Palette",
    "SearchField",
    "TranslatedDialog",
    "TranslatedWidget",
    "UnreadableImage",
    "app_icon",
    "avatar_pixmap",
    "avatar_png_from_bytes",
    "avatar_png_from_file",
    "avatar_png_from_image",
    "badge_rect",
    "badge_text",
    "clear_scroll_area",
    "colors_for",
    "colour_for",
    "icon_pixmap",
    "id_lines",
    "initials",
    "paint_badge",
    "sentence",
    "set_role",
    "short_id",
    "svg_pixmap",
    "theme_colors",
    "themed_icon",
    "two_state_icon",
]
