"""What department groups, deadline reminders, /stats and the console login say.

One shape for every entry: key -> {"ko": Korean, "en": English}, both with the same
{placeholders}; moderation.catalogue gathers them (and tests that every key has both).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- department groups and deadlines ------------------------------------------------------
    "desk_card": {
        "ko": "📥 {kind} #{number} · {room}\n{summary}\n\n{text}\n\n상태: {status}{department}{due}",
        "en": "📥 {kind} #{number} · {room}\n{summary}\n\n{text}\n\nStatus: {status}{department}{due}",
    },
    "desk_erased": {"ko": "(취소되어 내용을 지웠습니다)", "en": "(withdrawn: its content was erased)"},
    "desk_department": {"ko": " · 담당 {department}", "en": " · {department}"},
    "desk_due_first": {"ko": "\n첫 응답 기한: {due}", "en": "\nFirst response due: {due}"},
    "desk_due_resolution": {"ko": "\n처리 기한: {due}", "en": "\nResolution due: {due}"},
    "desk_moved": {"ko": "\n➡️ {department}(으)로 넘겼습니다.", "en": "\n➡️ Handed over to {department}."},
    "button_accept": {"ko": "✋ 접수", "en": "✋ Accept"},
    "button_in_progress": {"ko": "🔧 처리 중", "en": "🔧 In progress"},
    "button_resolve": {"ko": "✅ 해결", "en": "✅ Resolve"},
    "cb_desk_done": {"ko": "#{number}: {status}", "en": "#{number}: {status}"},
    "cb_desk_elsewhere": {
        "ko": "이 민원은 이제 다른 부서 담당입니다.",
        "en": "This complaint is now handled by another department.",
    },
    "usage_card_note": {
        "ko": "카드에 답장으로 진행 내용을 적어 주세요 (1,000자 이내). 주민에게 처리 중 소식으로 전해집니다.",
        "en": "Reply to a card with a progress note (up to 1,000 characters); residents get it as progress.",
    },
    "cb_desk_already": {"ko": "이미 접수한 민원입니다: #{number}", "en": "Already accepted: #{number}"},
    "deadline_first_response": {"ko": "첫 응답", "en": "first response"},
    "deadline_resolution": {"ko": "처리", "en": "resolution"},
    "deadline_remind": {
        "ko": "⏰ {stage} 기한이 지났습니다: {kind} #{number} · {room}\n{summary}\n접수 {age} 전 · 약속 {promise} · 상태 {status}",
        "en": "⏰ The {stage} deadline has passed: {kind} #{number} · {room}\n{summary}\nFiled {age} ago · promised within {promise} · {status}",
    },
    "deadline_escalate": {
        "ko": "🚨 기한 초과 보고: {kind} #{number} · {room}\n{summary}\n담당: {department}\n{stage} 기한({promise})이 지나 알림을 보냈지만 {after}이(가) 더 지났습니다. 상태: {status}",
        "en": "🚨 Overdue: {kind} #{number} · {room}\n{summary}\nDepartment: {department}\nThe {stage} deadline ({promise}) passed and {after} went by after the reminder. Status: {status}",
    },
    # -- /stats ----------------------------------------------------------------------
    "stats_empty": {
        "ko": "📊 {room}: 아직 접수된 민원이 없습니다. · @{room_id}",
        "en": "📊 {room}: no complaints yet. · @{room_id}",
    },
    "stats_head": {
        "ko": "📊 {room} 민원 통계 · @{room_id}\n전체 기간 {total}건",
        "en": "📊 {room}: complaint statistics · @{room_id}\nAll time: {total}",
    },
    "stats_head_department": {
        "ko": "📊 {room} 민원 통계 · {department} · @{room_id}\n전체 기간 {total}건",
        "en": "📊 {room}: complaint statistics · {department} · @{room_id}\nAll time: {total}",
    },
    "stats_empty_department": {
        "ko": "📊 {room}: {department} 담당 민원이 아직 없습니다. · @{room_id}",
        "en": "📊 {room}: nothing for {department} yet. · @{room_id}",
    },
    "stats_open": {"ko": "열림 {count}건{states}", "en": "Open {count}{states}"},
    "stats_closed": {"ko": "닫힘 {count}건{states}", "en": "Closed {count}{states}"},
    "stats_categories": {"ko": "분류: {categories}", "en": "Categories: {categories}"},
    "stats_more": {"ko": "… 외 {count}개", "en": "… and {count} more"},
    "stats_window": {
        "ko": "⏱ 최근 {days}일 접수분, 부서별 중앙값",
        "en": "⏱ Filed in the last {days} days, medians per department",
    },
    "stats_window_empty": {"ko": "• 이 기간에 접수된 민원이 없습니다.", "en": "• Nothing filed in this period."},
    "stats_department": {
        "ko": "• {department} {count}건: 첫 응답 {first} · 완료 {resolved}",
        "en": "• {department}, {count}: first response {first} · resolved {resolved}",
    },
    "stats_resolved_count": {"ko": " ({count}건 완료)", "en": " ({count} resolved)"},
    "unassigned": {"ko": "미배정", "en": "unassigned"},
    "stats_legend": {
        "ko": "첫 응답: 접수 후 처음 상태가 바뀌기까지 · 완료: 처리 완료까지 (반려·중복·취소는 넣지 않음)",
        "en": "First response: until the status first changed · Resolved: until resolved (rejections, duplicates and withdrawals left out)",
    },
    "stats_under_minute": {"ko": "1분 미만", "en": "under 1 min"},
    "stats_minutes": {"ko": "{minutes}분", "en": "{minutes} min"},
    "stats_hours": {"ko": "{hours}시간", "en": "{hours} h"},
    "stats_days": {"ko": "{days}일", "en": "{days} d"},
    # the staff console's login (bot/features/console_login.py)
    "console_private_only": {
        "ko": "관리 콘솔 로그인 링크는 봇과의 1:1 대화에서 /console 을 보내면 받을 수 있습니다.",
        "en": "Send /console in a private chat with the bot to get a login link for the staff console.",
    },
    "console_unavailable": {
        "ko": "관리 콘솔이 켜져 있지 않습니다. 운영 담당자에게 문의해 주세요.",
        "en": "The staff console is not switched on. Please ask whoever runs the bot.",
    },
    "console_no_role": {
        "ko": "관리 콘솔은 방 관리자, 부서 업무방 구성원, 지정된 직원만 사용할 수 있습니다.",
        "en": "The staff console is for room moderators, members of department staff groups and configured staff.",
    },
    "console_link": {
        "ko": "🔐 관리 콘솔 로그인 링크입니다 ({minutes}분 동안 한 번만 쓸 수 있습니다. 다른 사람에게 보내지 마세요):\n{link}",
        "en": "🔐 Your login link for the staff console (works once, for {minutes} minutes; do not share it):\n{link}",
    },
    # -- the rights the bot needs in a room (bot.rights)
    "right_can_delete_messages": {"ko": "메시지 삭제", "en": "Delete messages"},
    "right_can_restrict_members": {"ko": "사용자 차단", "en": "Ban users"},
    "right_can_pin_messages": {"ko": "메시지 고정", "en": "Pin messages"},
    "right_can_manage_topics": {"ko": "주제 관리", "en": "Manage topics"},
    "need_delete": {"ko": "규칙을 어긴 글 삭제", "en": "removing posts that break the house rules"},
    "need_mute": {"ko": "글쓰기 제한(/mute, 누적 경고)", "en": "mutes (/mute, strikes)"},
    "need_close_topic": {"ko": "과열된 주제 잠시 닫기", "en": "closing an overheated topic for a while"},
    "need_rest_room": {"ko": "과열된 방 쉬는 시간", "en": "resting an overheated room"},
    "need_pin_board": {"ko": "처리 중인 민원 게시판 고정", "en": "pinning the open-complaints board"},
    "rights_fix": {
        "ko": "방 설정 → 관리자 → 소통봇에서 '{right}' 권한을 켜 주세요 (봇이 관리자가 아니면 먼저 관리자로 지정)",
        "en": "in the group's settings → Administrators → the bot, turn on '{right}' (make the bot an administrator first if it is not)",
    },
    "rights_line": {"ko": "• '{right}': {needs}에 필요합니다", "en": "• '{right}': needed for {needs}"},
    "rights_head": {
        "ko": "⚠️ 관리자님께: 소통봇에 이 방에서 필요한 관리자 권한이 없습니다.",
        "en": "⚠️ To the moderators: the bot lacks administrator rights it needs here:",
    },
    "rights_tail": {
        "ko": "방 설정 → 관리자 → 소통봇에서 위 권한을 켜 주세요. (이 안내는 한 번만 드립니다.)",
        "en": "Turn them on in the group's settings → Administrators → the bot. (This notice is shown once.)",
    },
}
