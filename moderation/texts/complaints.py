"""What residents read about a complaint: intake, progress, /status, /complaints, private reports.

One shape for every entry: key -> {"ko": Korean, "en": English}, both with the same
{placeholders}; moderation.catalogue gathers them (and tests that every key has both).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- complaint intake ------------------------------------------------------------
    "kind_complaint": {"ko": "민원", "en": "Complaint"},
    "kind_proposal": {"ko": "제안", "en": "Proposal"},
    "place_unknown": {"ko": "확인 못 함 (답글로 알려 주세요)", "en": "not recognised (reply to tell us)"},
    "intake_ack": {
        "ko": (
            "✅ {kind} #{number} 접수했습니다.\n"
            "분류: {category} · 장소: {place}\n"
            "담당 부서에 전달되며, 처리 상황은 이 글에 답글로 알려 드립니다."
        ),
        "en": (
            "✅ {kind} #{number} filed.\n"
            "Category: {category} · Place: {place}\n"
            "It goes to the responsible department; progress is posted as a reply here."
        ),
    },
    "intake_supported": {
        "ko": "👍 이미 접수된 {kind} #{number}와(과) 같은 내용이라 공감 +1 했습니다 (공감 {count}).\n처리 상황은 #{number}에 답글로 알려 드립니다.",
        "en": "👍 This matches {kind} #{number}, already filed: counted as +1 support ({count} in all).\nProgress is posted under #{number}.",
    },
    "intake_repeated": {
        "ko": "ℹ️ 이미 접수된 {kind} #{number}와(과) 같은 내용입니다. 처리 상황은 #{number}에 답글로 알려 드립니다.",
        "en": "ℹ️ This repeats {kind} #{number}, already filed. Progress is posted under #{number}.",
    },
    # Several acknowledgements that waited for a busy room's budget, sent as one (bot/features/combined_acks.py).
    "acks_filed_head": {
        "ko": "✅ {count}건 접수했습니다. 담당 부서에 전달되며, 처리 상황은 각 글에 답글로 알려 드립니다.",
        "en": "✅ {count} reports filed. Each goes to the responsible department; progress is posted as a reply to each.",
    },
    "acks_support_head": {
        "ko": "👍 이미 접수된 내용과 같은 글 {count}건입니다. 처리 상황은 해당 번호의 글에 답글로 알려 드립니다.",
        "en": "👍 {count} messages match reports already filed. Progress is posted under each number.",
    },
    "acks_message_word": {"ko": "글", "en": "message"},
    "acks_filed_line": {"ko": "{kind} #{number} · {category} · {place}", "en": "{kind} #{number} · {category} · {place}"},
    "acks_support_line": {"ko": "{kind} #{number}와(과) 같은 내용 (공감 {count})", "en": "same as {kind} #{number} ({count} in support)"},
    "acks_withdrawn_line": {"ko": "↩️ #{number} 접수 취소 (민원 아님)", "en": "↩️ #{number} withdrawn (not a complaint)"},
    "button_follow_number": {"ko": "🔔 #{number} 1:1로 받기", "en": "🔔 Follow #{number}"},
    "button_not_complaint_number": {"ko": "🙅 #{number} 민원 아님", "en": "🙅 #{number} not a complaint"},
    "intake_filed_though_removed": {
        "ko": "(원글은 비방 표현이 있어 규칙에 따라 지웠지만, 말씀하신 문제는 접수했습니다.)",
        "en": "(The message was removed for its insults, as the room's rules say; the problem it reports is filed.)",
    },
    "intake_withdrawn": {
        "ko": "↩️ #{number} 접수를 취소했습니다 (민원 아님).",
        "en": "↩️ #{number} withdrawn (not a complaint).",
    },
    "intake_question": {
        "ko": "🤔 민원으로 접수할까요?\n분류: {category} · 장소: {place}\n(작성자나 관리자만 답할 수 있습니다)",
        "en": "🤔 Shall I file this as a complaint?\nCategory: {category} · Place: {place}\n(only the author or a moderator can answer)",
    },
    "button_follow": {"ko": "🔔 진행 상황 1:1로 받기", "en": "🔔 Follow privately"},
    "button_not_complaint": {"ko": "🙅 민원 아님", "en": "🙅 Not a complaint"},
    "button_yes": {"ko": "예, 접수", "en": "Yes, file it"},
    "button_no": {"ko": "아니요", "en": "No"},
    "cb_only_author": {"ko": "작성자나 관리자만 누를 수 있습니다.", "en": "Only the author or a moderator can press this."},
    "cb_question_closed": {"ko": "이미 끝난 질문입니다.", "en": "This question is closed."},
    "cb_not_open": {"ko": "이미 취소되었거나 처리된 건입니다.", "en": "This is already withdrawn or closed."},
    "cb_withdrawn": {"ko": "#{number} 접수를 취소했습니다.", "en": "#{number} withdrawn."},
    "cb_filed": {"ko": "#{number}(으)로 접수했습니다.", "en": "Filed as #{number}."},
    "cb_not_filed": {"ko": "접수하지 않았습니다.", "en": "Not filed."},
    "cb_following": {
        "ko": "🔔 #{number} 진행 상황을 1:1 대화로 보내 드립니다. 봇과 대화를 시작하지 않았다면 먼저 시작해 주세요.",
        "en": "🔔 Progress of #{number} will come in your private chat with the bot. Start that chat first if you have not.",
    },
    "cb_already_following": {"ko": "이미 #{number} 진행 상황을 받고 있습니다.", "en": "You already follow #{number}."},
    "cb_unknown": {"ko": "알 수 없는 버튼입니다.", "en": "Unknown button."},
    "cb_failed": {"ko": "처리하지 못했습니다. 잠시 후 다시 눌러 주세요.", "en": "That did not work; please try again shortly."},
    "cb_not_member": {"ko": "이 업무방의 구성원만 누를 수 있습니다.", "en": "Only members of this staff group can press this."},
    "cb_follow_closed": {
        "ko": "#{number}은(는) 이미 닫힌 건이라 진행 상황을 받을 수 없습니다.",
        "en": "#{number} is closed: there is no progress left to follow.",
    },
    "follow_private": {
        "ko": "🔔 {room}의 {kind} #{number} ({category}) 진행 상황을 이 대화로 알려 드립니다.",
        "en": "🔔 You will get the progress of {kind} #{number} ({category}) in {room} here.",
    },
    "usage_merge": {
        "ko": "사용법: /merge N M — #N을 #M의 중복으로 합칩니다 (예: /merge 5 3)",
        "en": "Usage: /merge N M — mark #N a duplicate of #M (e.g. /merge 5 3)",
    },
    "merge_unknown": {"ko": "없는 번호입니다: #{number}", "en": "No such number: #{number}"},
    "merge_closed": {"ko": "#{number}은(는) 이미 닫힌 건이라 합칠 수 없습니다.", "en": "#{number} is closed and cannot be merged."},
    "merged": {
        "ko": "🔗 #{number}을(를) #{into}의 중복으로 합쳤습니다 (공감 {count}).",
        "en": "🔗 #{number} merged into #{into} as a duplicate ({count} supporters).",
    },
    # -- live progress ----------------------------------------------------------------
    "staff_label": {"ko": "담당자", "en": "staff"},
    "progress_announce": {
        "ko": "📣 {kind} #{number} — {status}\n{note}담당: {actor}",
        "en": "📣 {kind} #{number} — {status}\n{note}By: {actor}",
    },
    "progress_private": {
        "ko": "🔔 {room} {kind} #{number} — {status}\n{note}담당: {actor}",
        "en": "🔔 {room}: {kind} #{number} — {status}\n{note}By: {actor}",
    },
    "progress_reopened": {"ko": "다시 열림", "en": "reopened"},
    "progress_merged_note": {
        "ko": "#{into}의 중복으로 합쳤습니다. 처리 상황은 #{into}에서 알려 드립니다.",
        "en": "Merged into #{into} as a duplicate; progress is posted under #{into}.",
    },
    "progress_done_private": {"ko": "✅ {room} #{number}: {status}", "en": "✅ {room} #{number}: {status}"},
    "progress_unknown": {"ko": "없는 번호입니다: #{number}", "en": "No such number: #{number}"},
    "progress_unknown_room": {
        "ko": "그런 방이 없습니다: @{room}. /complaints 결과의 @방번호를 적어 주세요.",
        "en": "No such room: @{room}. Use the @number shown by /complaints.",
    },
    "progress_pick_room": {
        "ko": "어느 방의 민원인지 @방번호로 적어 주세요 (예: /assign @{example} 3 도로과).\n{rooms}",
        "en": "Name the room with its @number (e.g. /assign @{example} 3 Roads).\n{rooms}",
    },
    "room_selector_rule": {
        "ko": "\n방은 @방번호 하나로 적습니다 (@와 숫자만, 인자 어디에 있어도 됩니다). 예: /resolve @3 1 교체 완료",
        "en": "\nName the room with one @number (@ and digits only, anywhere among the arguments), e.g. /resolve @3 1 fixed",
    },
    "room_elsewhere": {
        "ko": "이 방에서는 이 방의 민원만 다룰 수 있습니다. 다른 방은 봇과의 1:1 대화에서 @방번호로 적어 주세요.",
        "en": "In this room, only this room's complaints. For another room, name it with @number in a private chat with the bot.",
    },
    "authority_not_yours": {
        "ko": "🚫 #{number}은(는) 담당 범위 밖의 민원이라 처리할 수 없습니다 (다른 부서나 다른 방의 민원).",
        "en": "🚫 #{number} is not yours to act on (another department's or another room's).",
    },
    "authority_assign_configured": {
        "ko": "부서 업무방에서는 설정된 부서로만 넘길 수 있습니다: {departments}",
        "en": "From a department's group, hand over only to a configured department: {departments}",
    },
    "progress_withdrawn_gone": {
        "ko": "#{number}은(는) 취소되어 내용이 지워졌으므로 다시 열 수 없습니다. 새로 올려 주세요.",
        "en": "#{number} was withdrawn and its content erased, so it cannot be reopened. Please file it again.",
    },
    "usage_complaints": {"ko": "사용법: /complaints", "en": "Usage: /complaints"},
    "usage_stats": {"ko": "사용법: /stats", "en": "Usage: /stats"},
    "usage_assign": {"ko": "사용법: /assign N 부서 (예: /assign 3 도로과)", "en": "Usage: /assign N department (e.g. /assign 3 Roads)"},
    "usage_progress": {
        "ko": "사용법: /progress N 진행 내용 (예: /progress 3 내일 오전 교체 예정). 접수 상태인 민원은 담당 부서로 배정되며 처리 중이 됩니다.",
        "en": "Usage: /progress N note (a received complaint is accepted for its department on the way)",
    },
    "usage_resolve": {"ko": "사용법: /resolve N [처리 결과]", "en": "Usage: /resolve N [note]"},
    "usage_reject": {"ko": "사용법: /reject N 반려 사유", "en": "Usage: /reject N reason"},
    "usage_reopen": {"ko": "사용법: /reopen N [사유]", "en": "Usage: /reopen N [reason]"},
    "usage_status": {"ko": "사용법: /status N (예: /status 3)", "en": "Usage: /status N (e.g. /status 3)"},
    "status_head": {"ko": "📋 {kind} #{number} — {status}", "en": "📋 {kind} #{number} — {status}"},
    "status_department": {"ko": "담당: {department}", "en": "Department: {department}"},
    "status_merged_in": {"ko": "#{number} 합쳐짐", "en": "#{number} merged in"},
    "status_merged_into": {"ko": "#{number}의 중복", "en": "duplicate of #{number}"},
    "complaints_head": {
        "ko": "📋 {room} 열린 민원 {count}건 ({page}/{pages}쪽) · @{room_id}",
        "en": "📋 {room}: {count} open ({page}/{pages}) · @{room_id}",
    },
    "complaints_empty": {
        "ko": "📋 {room}: 지금 열려 있는 민원이 없습니다. · @{room_id}",
        "en": "📋 {room}: nothing open right now. · @{room_id}",
    },
    "button_previous": {"ko": "◀ 이전", "en": "◀ Previous"},
    "button_next": {"ko": "다음 ▶", "en": "Next ▶"},
    # -- private intake ---------------------------------------------------------------
    "private_pick_room": {
        "ko": "🕶 어느 소통방에 익명으로 제보할까요? 방을 골라 주세요.",
        "en": "🕶 Which room should the anonymous report go to? Pick one.",
    },
    "private_no_rooms": {
        "ko": "제보할 수 있는 소통방이 없습니다. 소통방에 들어간 뒤 다시 시도해 주세요.",
        "en": "There is no room you can report to. Join a room first, then try again.",
    },
    "private_not_member": {
        "ko": "그 소통방의 회원만 제보할 수 있습니다.",
        "en": "Only members of that room can report to it.",
    },
    "private_write": {
        "ko": (
            "🕶 {room}에 익명으로 올릴 민원이나 제안을 한 메시지로 적어 주세요 (사진은 설명과 함께).\n"
            "이름도 가명도 없이 소통봇이 방에 올리고, 번호를 붙여 처리 상황을 알려 드립니다."
        ),
        "en": (
            "🕶 Write the complaint or proposal for {room} in one message (a photo with a caption works too).\n"
            "The bot posts it in the room with no name or pseudonym, numbers it and reports its progress."
        ),
    },
    "private_need_text": {
        "ko": "내용을 글로 적어 주세요 (무엇이, 어디에서 문제인지).",
        "en": "Please write it in words: what is wrong, and where.",
    },
    "private_filed": {
        "ko": "✅ {room}에 익명으로 올리고 {kind} #{number}(으)로 접수했습니다.\n분류: {category} · 장소: {place}",
        "en": "✅ Posted anonymously in {room} and filed as {kind} #{number}.\nCategory: {category} · Place: {place}",
    },
    "private_post": {
        "ko": "🕶 익명 제보 — {kind} #{number}\n분류: {category} · 장소: {place}\n\n{text}",
        "en": "🕶 Anonymous report — {kind} #{number}\nCategory: {category} · Place: {place}\n\n{text}",
    },
    "private_refused_rule": {
        "ko": "🚫 올리지 않았습니다: 방 규칙({rule})에 맞지 않습니다. 규칙은 /rules, 올리는 법은 /help 에서 볼 수 있습니다.",
        "en": "🚫 Not posted: it breaks the room rule on {rule}. /rules shows the rules, /help how to report.",
    },
    "private_refused_not_report": {
        "ko": "🚫 올리지 않았습니다: 민원이나 제안으로 보이지 않습니다. 무엇이 어디에서 문제인지 적어 주세요 (예: 과천역 3번 출구 가로등이 나갔어요).",
        "en": "🚫 Not posted: this does not read as a complaint or proposal. Say what is wrong and where (e.g. the streetlight at station exit 3 is out).",
    },
    "private_rate_limited": {
        "ko": "⏳ 익명 제보는 한 시간에 {limit}건까지입니다. {until} 이후에 다시 제보해 주세요.",
        "en": "⏳ Anonymous reports are limited to {limit} an hour. Please report again after {until}.",
    },
    "private_idle": {
        "ko": "익명으로 제보하려면 /report 를 보내 방을 먼저 골라 주세요. 사용법은 /help",
        "en": "To report anonymously, send /report and pick a room first. /help for more.",
    },
    "report_in_private": {
        "ko": "🕶 익명 제보는 봇과의 1:1 대화에서 할 수 있습니다. 아래 버튼을 눌러 주세요.",
        "en": "🕶 Anonymous reports are made in a private chat with the bot: press the button below.",
    },
    # -- labels: categories, complaint states
    "category_road": {"ko": "도로·보도", "en": "road & sidewalk"},
    "category_streetlight": {"ko": "가로등", "en": "streetlight"},
    "category_water_sewer": {"ko": "상하수도", "en": "water & sewer"},
    "category_traffic": {"ko": "교통", "en": "traffic"},
    "category_parking": {"ko": "주정차", "en": "parking"},
    "category_waste": {"ko": "쓰레기·청소", "en": "waste & cleaning"},
    "category_environment": {"ko": "환경·소음", "en": "environment & noise"},
    "category_parks": {"ko": "공원·녹지", "en": "parks"},
    "category_housing": {"ko": "건축·주택", "en": "building & housing"},
    "category_safety": {"ko": "안전·재난", "en": "safety"},
    "category_welfare": {"ko": "복지", "en": "welfare"},
    "category_health": {"ko": "보건", "en": "health"},
    "category_economy": {"ko": "경제·일자리", "en": "economy & jobs"},
    "category_culture": {"ko": "문화·체육·관광", "en": "culture & sports"},
    "category_animals": {"ko": "동물", "en": "animals"},
    "category_other": {"ko": "기타", "en": "other"},
    "state_received": {"ko": "접수", "en": "received"},
    "state_assigned": {"ko": "배정", "en": "assigned"},
    "state_in_progress": {"ko": "처리 중", "en": "in progress"},
    "state_resolved": {"ko": "완료", "en": "resolved"},
    "state_rejected": {"ko": "반려", "en": "rejected"},
    "state_duplicate": {"ko": "중복", "en": "duplicate"},
    "state_withdrawn": {"ko": "취소", "en": "withdrawn"},
    # -- why a change is refused (moderation.lifecycle)
    "refusal_still_open": {"ko": "#{number}은(는) 아직 열려 있는 민원입니다 ({state}).", "en": "#{number} is still open ({state})."},
    "refusal_closed": {
        "ko": "#{number}은(는) 이미 '{state}' 상태라 바꿀 수 없습니다. 다시 열려면 /reopen {number}",
        "en": "#{number} is already {state} and cannot change. To reopen: /reopen {number}",
    },
    # -- the pinned board (moderation.board)
    "board_title": {"ko": "📌 처리 중인 민원", "en": "📌 Open complaints"},
    "board_empty": {"ko": "지금 열려 있는 민원이 없습니다. 감사합니다!", "en": "Nothing open right now. Thank you!"},
    "board_more": {"ko": "\n… 외 {rest}건: /complaints", "en": "\n… and {rest} more: /complaints"},
    "age_just_now": {"ko": "방금", "en": "just now"},
    "age_minutes": {"ko": "{minutes}분", "en": "{minutes} min"},
    "age_hours": {"ko": "{hours}시간", "en": "{hours} h"},
    "age_days": {"ko": "{days}일", "en": "{days} d"},
}
