"""What the house rules, cool-downs and moderator commands say.

One shape for every entry: key -> {"ko": Korean, "en": English}, both with the same
{placeholders}; moderation.catalogue gathers them (and tests that every key has both).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
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
    # -- rule names and what the bot quotes when it applies one (moderation.rules)
    "rule_name_politics": {"ko": "정치 홍보·보도자료", "en": "campaigning and press releases"},
    "rule_name_commercial": {"ko": "상업적 게시물", "en": "commercial posts"},
    "rule_name_abuse": {"ko": "욕설·모욕", "en": "insults and abuse"},
    "rule_name_outside_link": {"ko": "외부 방·링크", "en": "links to other rooms"},
    "rule_name_flood": {"ko": "연속 게시", "en": "flooding"},
    "rule_explanation_politics": {
        "ko": "정치인·정당·후보에 대한 지지나 반대 운동(선거 홍보, '기호 N번' 등)과 보도자료 게시는 금지입니다. 정책·시정에 대한 의견과 비판은 자유롭게 남겨 주세요.",
        "en": "No campaigning for or against politicians, parties or candidates, and no press releases. Opinions on and criticism of policies are welcome.",
    },
    "rule_explanation_commercial": {
        "ko": "광고, 부업·알바 모집, 추천인 코드·링크 등 상업적인 글은 올릴 수 없습니다.",
        "en": "No commercial posts: ads, side-job offers, referral codes or links.",
    },
    "rule_explanation_abuse": {
        "ko": "욕설, 비하, 혐오 표현, 명예훼손, 개인정보 노출은 금지입니다. 불편한 점은 화가 나셔도 민원으로 남겨 주시면 접수됩니다. 다만 사람을 향한 모욕은 삭제됩니다.",
        "en": "No insults, hate, defamation or doxxing. Angry complaints are still filed; insulting a person is not allowed.",
    },
    "rule_explanation_outside_link": {
        "ko": "외부 링크와 다른 채팅방·카페·밴드·그룹으로의 초대는 올릴 수 없습니다(시 공식 누리집 등 허용된 주소 제외). 사진은 링크 대신 직접 올려 주세요.",
        "en": "No outside links and no invitations to other chat rooms, cafés or groups (allowed sites such as the city's own are fine). Please post photos directly, not as links.",
    },
    "rule_explanation_flood": {
        "ko": "짧은 시간에 많은 메시지를 연달아 보내지 말아 주세요. 한 번에 모아서 올려 주시면 좋습니다.",
        "en": "Please don't flood the room with many messages in a few seconds; write one message instead.",
    },
    # -- durations, times and who acted (bot.features.sanctions)
    "duration_seconds": {"ko": "{seconds}초", "en": "{seconds} s"},
    "duration_minutes": {"ko": "{minutes}분", "en": "{minutes} min"},
    "duration_minutes_seconds": {"ko": "{minutes}분 {seconds}초", "en": "{minutes} min {seconds} s"},
    "duration_hours": {"ko": "{hours}시간", "en": "{hours} h"},
    "duration_days": {"ko": "{days}일", "en": "{days} days"},
    "clock_other_day": {"ko": "{month} {day}일 ({weekday}) {time}", "en": "{weekday} {day} {month} {time}"},
    "weekday_0": {"ko": "월", "en": "Mon"},
    "weekday_1": {"ko": "화", "en": "Tue"},
    "weekday_2": {"ko": "수", "en": "Wed"},
    "weekday_3": {"ko": "목", "en": "Thu"},
    "weekday_4": {"ko": "금", "en": "Fri"},
    "weekday_5": {"ko": "토", "en": "Sat"},
    "weekday_6": {"ko": "일", "en": "Sun"},
    "month_1": {"ko": "1월", "en": "Jan"},
    "month_2": {"ko": "2월", "en": "Feb"},
    "month_3": {"ko": "3월", "en": "Mar"},
    "month_4": {"ko": "4월", "en": "Apr"},
    "month_5": {"ko": "5월", "en": "May"},
    "month_6": {"ko": "6월", "en": "Jun"},
    "month_7": {"ko": "7월", "en": "Jul"},
    "month_8": {"ko": "8월", "en": "Aug"},
    "month_9": {"ko": "9월", "en": "Sep"},
    "month_10": {"ko": "10월", "en": "Oct"},
    "month_11": {"ko": "11월", "en": "Nov"},
    "month_12": {"ko": "12월", "en": "Dec"},
    "actor_bot": {"ko": "봇", "en": "bot"},
    "resident_name": {"ko": "주민-{code}", "en": "Resident-{code}"},
}
