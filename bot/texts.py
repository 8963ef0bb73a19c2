"""Everything residents read, Korean first, English available per room.

A particle written with both its forms right after a placeholder ("#{number}은(는)",
"{department}(으)로") becomes the one that fits the value ("#1은", "도로과로"):
see moderation.particles.
"""

from __future__ import annotations

from moderation.particles import fill

DEFAULT_RULES = {
    "ko": (
        "📜 소통방 규칙\n"
        "1. 정치인·선거 관련 홍보와 보도자료 게시는 금지합니다.\n"
        "2. 광고·부업·추천인 링크 등 상업적 게시물은 금지합니다.\n"
        "3. 욕설·혐오·명예훼손·개인정보 노출은 삭제됩니다.\n"
        "4. 다른 단체방·카페·모임 초대와 외부 링크는 금지합니다.\n"
        "5. 짧은 시간에 여러 글을 연달아 올리지 말아 주세요.\n"
        "대화가 과열되면 잠시 쉬어 가는 시간이 주어질 수 있습니다."
    ),
    "en": (
        "📜 Room rules\n"
        "1. No campaigning for or against politicians, no press releases.\n"
        "2. No commercial posts: ads, side jobs, referral links.\n"
        "3. Insults, hate, defamation and doxxing are deleted.\n"
        "4. No invitations or links to other chat rooms, cafés or groups.\n"
        "5. No flooding: do not post many messages in a few seconds.\n"
        "When a discussion overheats, the room may get a short rest."
    ),
}

HOW_TO_REPORT = {
    "ko": (
        "📝 민원·제안 올리는 법\n"
        "• 무엇이, 어디에서 문제인지 한 메시지로 적어 주세요.\n"
        "  예) \"과천역 3번 출구 앞 가로등이 나갔어요\"\n"
        "• 사진이 있으면 함께 올려 주세요.\n"
        "• 소통봇이 민원 번호를 붙여 접수하고, 담당 부서의 처리 상황을 이 방에 알려 드립니다.\n"
        "• 이름을 밝히기 어려우면 봇과의 1:1 대화에서 익명으로 제보할 수 있습니다."
    ),
    "en": (
        "📝 How to raise a complaint or proposal\n"
        "• Say what is wrong and where, in one message.\n"
        "  e.g. \"The streetlight at Gwacheon station exit 3 is out\"\n"
        "• Add a photo if you have one.\n"
        "• The bot files it with a number and posts the department's progress in this room.\n"
        "• To stay fully anonymous, report in a private chat with the bot."
    ),
}

_TEXTS: dict[str, dict[str, str]] = {
    "greeting_one": {
        "ko": "👋 새로 오신 분, {title}에 오신 것을 환영합니다!",
        "en": "👋 Welcome to {title}!",
    },
    "greeting_many": {
        "ko": "👋 새로 오신 {count}분, {title}에 오신 것을 환영합니다!",
        "en": "👋 Welcome to {title}, all {count} of you!",
    },
    "greeting_body": {
        "ko": "이 방은 주민 누구나 익명으로 불편 사항을 알리고 정책을 제안하는 곳입니다. 아래 버튼으로 규칙과 민원 올리는 법을 확인해 주세요.",
        "en": "Here any resident can raise problems and propose policies anonymously. The buttons below show the rules and how to report.",
    },
    "button_rules": {"ko": "📜 규칙", "en": "📜 Rules"},
    "button_howto": {"ko": "📝 민원 올리는 법", "en": "📝 How to report"},
    "button_private": {"ko": "🕶 익명으로 제보", "en": "🕶 Report anonymously"},
    "start_private": {
        "ko": "안녕하세요, 소통봇입니다. 소통방에서 민원과 정책 제안을 접수하고 처리 상황을 알려 드립니다.\n/help 로 사용법을 볼 수 있습니다.",
        "en": "Hello, this is Sotong. I file complaints and proposals from the room and report their progress.\nSend /help for how to use me.",
    },
    "help": {
        "ko": (
            "도움말\n"
            "/rules — 방 규칙 보기\n"
            "/help — 이 도움말\n"
            "/report — 봇과의 1:1 대화에서 익명 제보\n"
            "/status N — 민원 진행 기록, /complaints — 열린 민원 목록\n"
            "관리자: /assign N 부서, /progress N 내용, /resolve N [결과], /reject N 사유, /reopen N (1:1 대화·부서 업무방에서는 방을 @방번호 하나로: /assign @3 N 부서)\n"
            "관리자: /setrules 규칙 내용, /setgreeting 환영 문구, /language ko|en, /merge N M (중복 민원 합치기)\n"
            "관리자(메시지에 답장하며): /warn 경고, /mute 분 글쓰기 제한, /unmute 제한 해제, /strikes 누적 경고 보기\n"
            "관리자: /cooldown [분] 쉬는 시간(주제의 메시지에 답장하면 그 주제만), /lift 쉬는 시간 끝내기, /modlog [쪽] 최근 조치\n"
            "관리자: /stats 민원 통계 (상태·분류별 건수, 부서별 응답·완료 시간 중앙값)\n"
            "관리자·담당 부서: /console 관리 웹 콘솔 로그인 링크 (1:1 대화)"
        ),
        "en": (
            "Help\n"
            "/rules — show the room rules\n"
            "/help — this help\n"
            "/report — report anonymously, in a private chat with the bot\n"
            "/status N — a complaint's timeline, /complaints — open complaints\n"
            "Moderators: /assign N department, /progress N note, /resolve N [note], /reject N reason, /reopen N (privately or in a staff group, name the room with one @number: /assign @3 N department)\n"
            "Moderators: /setrules text, /setgreeting text, /language ko|en, /merge N M (merge duplicates)\n"
            "Moderators, replying to a message: /warn, /mute minutes, /unmute, /strikes\n"
            "Moderators: /cooldown [minutes] (replying in a topic cools only that topic), /lift, /modlog [page]\n"
            "Moderators: /stats (counts by state and category, median response and resolution times per department)\n"
            "Moderators and department staff: /console (a login link to the staff web console, in a private chat)"
        ),
    },
    "only_moderators": {
        "ko": "죄송합니다. 이 명령은 관리자만 사용할 수 있습니다.",
        "en": "Sorry, only moderators can use this command.",
    },
    "usage_setrules": {"ko": "사용법: /setrules 규칙 내용", "en": "Usage: /setrules rules text"},
    "usage_setgreeting": {"ko": "사용법: /setgreeting 환영 문구", "en": "Usage: /setgreeting greeting text"},
    "usage_language": {"ko": "사용법: /language ko 또는 /language en", "en": "Usage: /language ko or /language en"},
    "rules_saved": {"ko": "✅ 규칙을 저장했습니다.", "en": "✅ Rules saved."},
    "greeting_saved": {"ko": "✅ 환영 문구를 저장했습니다.", "en": "✅ Greeting saved."},
    "language_saved": {"ko": "✅ 이 방의 언어를 한국어로 설정했습니다.", "en": "✅ This room now speaks English."},
    "group_only": {"ko": "이 명령은 소통방 안에서 사용해 주세요.", "en": "Please use this command in the room."},
    "too_long": {"ko": "내용이 너무 깁니다 ({limit}자 이하).", "en": "That is too long ({limit} characters at most)."},
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
    # -- house rules ---------------------------------------------------------
    "rule_removed_room": {
        "ko": "🧹 방 규칙({rule})에 맞지 않는 메시지 1건을 삭제했습니다.",
        "en": "🧹 One message was removed under the room rule on {rule}.",
    },
    "rule_warned": {
        "ko": "⚠️ 방 규칙 안내({rule}): {explanation}",
        "en": "⚠️ Room rule ({rule}): {explanation}",
    },
    "rule_private": {
        "ko": "「{title}」에 올리신 메시지를 삭제했습니다.\n규칙: {rule}\n{explanation}",
        "en": "Your message in \"{title}\" was removed.\nRule: {rule}\n{explanation}",
    },
    "strike_private": {
        "ko": "누적 경고 {count}회입니다. 경고가 쌓이면 일정 시간 글쓰기가 제한됩니다.",
        "en": "You now have {count} active strike(s). Strikes lead to a temporary mute.",
    },
    "muted_private": {
        "ko": "누적 경고 {count}회로 {duration} 동안({until}까지) 글쓰기가 제한됩니다.",
        "en": "With {count} strikes you cannot post for {duration} (until {until}).",
    },
    "muted_room": {
        "ko": "🔇 규칙 위반이 반복되어 한 분의 글쓰기를 {duration} 동안 제한했습니다.",
        "en": "🔇 After repeated rule breaks, one member cannot post for {duration}.",
    },
    # -- heat and cool-downs -------------------------------------------------
    "heat_reminder": {
        "ko": "🌡 대화가 뜨거워지고 있습니다. 사람이 아니라 정책과 문제에 대해 이야기해 주시고, 서로 존중해 주세요. 규칙은 /rules 에서 볼 수 있습니다.",
        "en": "🌡 This discussion is heating up. Please talk about the policy and the problem, not the person, and stay respectful. /rules shows the rules.",
    },
    "cooldown_room": {
        "ko": "🧊 {why} {until}까지({duration}) 잠시 쉬어 갑니다. 그동안은 글을 올릴 수 없습니다.",
        "en": "🧊 {why} The room rests until {until} ({duration}); nobody can post until then.",
    },
    "cooldown_topic": {
        "ko": "🧊 {why} 이 주제를 {until}까지({duration}) 잠시 닫습니다.",
        "en": "🧊 {why} This topic is closed until {until} ({duration}).",
    },
    "why_heat": {"ko": "대화가 과열되어", "en": "The discussion overheated."},
    "why_moderator": {"ko": "관리자 요청으로", "en": "A moderator asked for a rest."},
    "cooldown_lifted_room": {
        "ko": "✅ 쉬는 시간이 끝났습니다. 다시 대화를 이어 가 주세요. 서로 존중해 주세요.",
        "en": "✅ The rest is over: the room is open again. Please stay respectful.",
    },
    "cooldown_lifted_topic": {
        "ko": "✅ 이 주제를 다시 열었습니다. 서로 존중하며 이어 가 주세요.",
        "en": "✅ This topic is open again. Please stay respectful.",
    },
    "already_cooling": {"ko": "이미 {until}까지 쉬는 중입니다.", "en": "Already resting until {until}."},
    "room_silent": {
        "ko": "지금은 쉬는 시간을 시작할 수 없습니다(이미 아무도 글을 쓸 수 없는 방이거나 방 정보를 읽지 못했습니다).",
        "en": "Cannot start a rest now (nobody can post already, or the room could not be read).",
    },
    "no_cooldown": {"ko": "지금 쉬는 중인 대화가 없습니다.", "en": "Nothing is cooling down right now."},
    # -- moderator commands --------------------------------------------------
    "usage_cooldown": {
        "ko": "사용법: /cooldown [분] (주제의 메시지에 답장하면 그 주제만, 아니면 방 전체)",
        "en": "Usage: /cooldown [minutes] (reply in a topic to cool only that topic, else the whole room)",
    },
    "usage_warn": {"ko": "사용법: 경고할 메시지에 답장하며 /warn", "en": "Usage: reply to the message with /warn"},
    "usage_mute": {"ko": "사용법: 제한할 분의 메시지에 답장하며 /mute 분", "en": "Usage: reply to their message with /mute minutes"},
    "usage_unmute": {"ko": "사용법: 제한을 풀 분의 메시지에 답장하며 /unmute", "en": "Usage: reply to their message with /unmute"},
    "usage_strikes": {"ko": "사용법: 확인할 분의 메시지에 답장하며 /strikes", "en": "Usage: reply to their message with /strikes"},
    "usage_modlog": {"ko": "사용법: /modlog [쪽]", "en": "Usage: /modlog [page]"},
    "not_on_moderators": {"ko": "관리자에게는 사용할 수 없는 명령입니다.", "en": "This command does not apply to moderators."},
    "moderator_warning": {
        "ko": "⚠️ 관리자 안내: 방 규칙을 지켜 주세요. 규칙은 /rules 에서 볼 수 있습니다.",
        "en": "⚠️ A moderator reminds you of the room rules; /rules shows them.",
    },
    "muted_done": {"ko": "🔇 {duration} 동안({until}까지) 글쓰기를 제한했습니다.", "en": "🔇 Muted for {duration} (until {until})."},
    "unmuted_done": {"ko": "🔊 글쓰기 제한을 풀었습니다.", "en": "🔊 Unmuted."},
    "strikes_count": {
        "ko": "{who}: 유효한 경고 {count}회 (경고는 {days}일 뒤 사라집니다)",
        "en": "{who}: {count} active strike(s) (strikes expire after {days} days)",
    },
    "sent_privately": {
        "ko": "📬 1:1 대화로 보냈습니다. (받지 못했다면 봇과의 1:1 대화에서 /start 를 먼저 눌러 주세요.)",
        "en": "📬 Sent to you privately. (Nothing came? Press /start in a private chat with the bot first.)",
    },
    "modlog_empty": {"ko": "기록된 조치가 없습니다.", "en": "No actions recorded."},
    "modlog_head": {"ko": "📋 최근 조치 ({page}쪽)", "en": "📋 Recent actions (page {page})"},
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
}

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "road": ("도로·보도", "road & sidewalk"),
    "streetlight": ("가로등", "streetlight"),
    "water_sewer": ("상하수도", "water & sewer"),
    "traffic": ("교통", "traffic"),
    "parking": ("주정차", "parking"),
    "waste": ("쓰레기·청소", "waste & cleaning"),
    "environment": ("환경·소음", "environment & noise"),
    "parks": ("공원·녹지", "parks"),
    "housing": ("건축·주택", "building & housing"),
    "safety": ("안전·재난", "safety"),
    "welfare": ("복지", "welfare"),
    "health": ("보건", "health"),
    "economy": ("경제·일자리", "economy & jobs"),
    "culture": ("문화·체육·관광", "culture & sports"),
    "animals": ("동물", "animals"),
    "other": ("기타", "other"),
}


def kind_label(kind: str, language: str = "ko") -> str:
    """민원 or 제안 (complaint or proposal)."""
    return text("kind_proposal" if kind == "proposal" else "kind_complaint", language)


def category_label(category: str, language: str = "ko") -> str:
    """A category id as residents read it (Korean, or English in English rooms)."""
    ko, en = CATEGORY_LABELS.get(category, (category, category))
    return en if language == "en" else ko

RULE_NAMES = {
    "politics": ("정치 홍보·보도자료", "campaigning and press releases"),
    "commercial": ("상업적 게시물", "commercial posts"),
    "abuse": ("욕설·모욕", "insults and abuse"),
    "outside_link": ("외부 방·링크", "links to other rooms"),
    "flood": ("연속 게시", "flooding"),
}


def rule_name(rule: str, language: str = "ko") -> str:
    names = RULE_NAMES.get(rule)
    if names is None:
        return rule
    return names[0] if language != "en" else names[1]

COMMAND_HELP = {
    "start": ("소통봇 시작", "Start the bot"),
    "help": ("사용법", "How to use the bot"),
    "rules": ("방 규칙 보기", "Show the room rules"),
    "setrules": ("(관리자) 방 규칙 설정", "(moderators) Set the room rules"),
    "setgreeting": ("(관리자) 환영 문구 설정", "(moderators) Set the greeting"),
    "language": ("(관리자) 방 언어 설정 ko|en", "(moderators) Set the room language ko|en"),
    "report": ("익명 제보 (1:1 대화)", "Report anonymously (private chat)"),
    "status": ("민원 진행 기록 N", "A complaint's timeline N"),
    "complaints": ("열린 민원 목록", "Open complaints"),
    "assign": ("(관리자) 부서 배정 N 부서", "(moderators) Assign N to a department"),
    "progress": ("(관리자) 처리 중 N 내용 (접수 상태면 배정도 함께)", "(moderators) Progress note N (accepts a received one too)"),
    "resolve": ("(관리자) 처리 완료 N [결과]", "(moderators) Resolve N [note]"),
    "reject": ("(관리자) 반려 N 사유", "(moderators) Reject N reason"),
    "reopen": ("(관리자) 다시 열기 N", "(moderators) Reopen N"),
    "merge": ("(관리자) 중복 민원 합치기 N M", "(moderators) Merge duplicate N into M"),
    "warn": ("(관리자, 답장) 규칙 경고", "(moderators, reply) Warn about the rules"),
    "mute": ("(관리자, 답장) 분 단위 글쓰기 제한", "(moderators, reply) Mute for N minutes"),
    "unmute": ("(관리자, 답장) 글쓰기 제한 해제", "(moderators, reply) Unmute"),
    "strikes": ("(관리자, 답장) 누적 경고 보기", "(moderators, reply) Show active strikes"),
    "cooldown": ("(관리자) 쉬는 시간 [분]", "(moderators) Cool down [minutes]"),
    "lift": ("(관리자) 쉬는 시간 끝내기", "(moderators) Lift the cool-down"),
    "modlog": ("(관리자) 최근 조치 [쪽]", "(moderators) Recent actions [page]"),
    "stats": ("(관리자) 민원 통계: 상태·분류별 건수, 부서별 응답 시간", "(moderators) Statistics: counts, department response times"),
    "console": ("(관리자·담당자) 관리 웹 콘솔 로그인 링크 (1:1 대화)", "(staff) Login link to the web console (private chat)"),
}


def text(key: str, language: str = "ko", **values: object) -> str:
    """The text `key` in `language` (Korean when missing), with `values` filled in and the
    particles after them fitted."""
    variants = _TEXTS[key]
    template = variants.get(language) or variants["ko"]
    return fill(template, **values) if values else template
