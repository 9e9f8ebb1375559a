<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="84"/>
        <source>Add contact</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="103"/>
        <source>There is no picture on the clipboard.</source>
        <translation>剪贴板里没有图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="171"/>
        <source>You and %1 are friends now</source>
        <translation>你和 %1 已经是朋友了</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="172"/>
        <source>Say hello from Chats.</source>
        <translation>去“聊天”里打个招呼吧。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="176"/>
        <source>Request sent to %1</source>
        <translation>已向 %1 发送好友申请</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="178"/>
        <source>You can chat once they accept. They receive the request the next time your computers meet on the network.</source>
        <translation>对方通过后即可聊天。你们的电脑下次在网络中相遇时，对方就会收到申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="198"/>
        <source>Asked to join “%1”</source>
        <translation>已申请加入“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="200"/>
        <source>%1&apos;s Hutong adds you when it sees your request. The group then appears in Chats.</source>
        <translation>%1 的胡同收到你的申请后会把你加进群，之后群聊会出现在“聊天”里。</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="72"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="72"/>
        <source>Theme and language</source>
        <translation>主题与语言</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="73"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="74"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="75"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="76"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="77"/>
        <source>“System” follows your computer&apos;s light or dark setting.</source>
        <translation>“跟随系统”会随电脑的浅色或深色设置自动切换。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="78"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="79"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>AudiencePicker</name>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="107"/>
        <source>Who can see this post</source>
        <translation>谁可以看</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="111"/>
        <source>Search friends and tags</source>
        <translation>搜索好友和标签</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="112"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="113"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="150"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="153"/>
        <source>1 friend</source>
        <translation>1 位好友</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="153"/>
        <source>%1 friends</source>
        <translation>%1 位好友</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="158"/>
        <source>Friends</source>
        <translation>好友</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="158"/>
        <source>No friends yet</source>
        <translation>还没有好友</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="216"/>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="218"/>
        <source>Nobody chosen yet</source>
        <translation>尚未选择任何人</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="232"/>
        <source>Choose at least one friend or tag who can see it</source>
        <translation>请至少选择一位可以看的好友或一个标签</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="235"/>
        <source>Choose the friends or tags to leave out</source>
        <translation>选择不给谁看的好友或标签</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../desktop/qr/scan_sources.py" line="230"/>
        <source>Scan with camera</source>
        <translation>用摄像头扫码</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/scan_sources.py" line="231"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../desktop/qr/camera.py" line="77"/>
        <source>Hold the QR code steady in front of the camera</source>
        <translation>请将二维码对准摄像头并保持稳定</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/camera.py" line="90"/>
        <source>The camera cannot be used: %1</source>
        <translation>无法使用摄像头：%1</translation>
    </message>
</context>
<context>
    <name>ChatCards</name>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="39"/>
        <source>%1 units · currency %2</source>
        <translation>%1 单位 · 货币 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="50"/>
        <location filename="../../desktop/chats/cards/texts.py" line="78"/>
        <source>Pending clearing</source>
        <translation>等待清算</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="51"/>
        <source>Waiting for acceptance</source>
        <translation>待收款</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="52"/>
        <source>Accepted</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="53"/>
        <source>Received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="54"/>
        <source>Declined</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="55"/>
        <source>Returned</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="56"/>
        <location filename="../../desktop/chats/cards/texts.py" line="82"/>
        <source>Refused at clearing</source>
        <translation>清算时被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="76"/>
        <source>Opened</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="80"/>
        <source>All grabbed</source>
        <translation>已被领完</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="81"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="97"/>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="99"/>
        <source>Red envelope</source>
        <translation>红包</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="101"/>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="102"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="106"/>
        <source>Unsupported card — update Hutong</source>
        <translation>不支持的卡片，请更新胡同。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="113"/>
        <source>[Transfer] %1</source>
        <translation>[转账] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="115"/>
        <source>[Red envelope] %1</source>
        <translation>[红包] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="117"/>
        <source>[Mini-program] %1</source>
        <translation>[小程序] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="120"/>
        <source>[Unsupported card] %1</source>
        <translation>[不支持的卡片] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="153"/>
        <source>Transfer money</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="154"/>
        <source>Send a red envelope</source>
        <translation>发红包</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="95"/>
        <source>Transfers, red envelopes and mini-programs stay in their chat.</source>
        <translation>转账、红包和小程序只能留在原聊天中。</translation>
    </message>
</context>
<context>
    <name>ChatTexts</name>
    <message>
        <location filename="../../desktop/chats/composer/attachments.py" line="57"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="149"/>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="96"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="233"/>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>发送（Enter）。Shift+Enter 换行。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="150"/>
        <source>Emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="151"/>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="152"/>
        <source>Send a picture</source>
        <translation>发送图片</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="157"/>
        <source>Write a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="223"/>
        <source>%1 characters too long (at most %2)</source>
        <translation>超出 %1 个字符（最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="231"/>
        <source>Shorten the message to send it, or send it in parts.</source>
        <translation>请缩短消息再发送，或分几条发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="264"/>
        <source>Send pictures</source>
        <translation>发送图片</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="266"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="270"/>
        <source>Send files</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/reply_bar.py" line="65"/>
        <source>Cancel the reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/reply_bar.py" line="70"/>
        <source>Reply to %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="238"/>
        <source>Search this chat (Ctrl+F)</source>
        <translation>在此聊天中搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="239"/>
        <source>Chat info</source>
        <translation>聊天信息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="240"/>
        <source>Jump to the newest messages</source>
        <translation>跳到最新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="337"/>
        <location filename="../../desktop/chats/conversations/model.py" line="29"/>
        <source>Group chat</source>
        <translation>群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="339"/>
        <source>(%n)</source>
        <translation>（%n）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="408"/>
        <source>You are no longer a member of this group, so you cannot send messages here.</source>
        <translation>你已不是本群成员，无法在此发送消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="417"/>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="598"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/delegate.py" line="140"/>
        <source>[@me]</source>
        <translation>[有人@我]</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/delegate.py" line="142"/>
        <source>[Draft]</source>
        <translation>[草稿]</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="107"/>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="65"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="108"/>
        <source>Start a group chat</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="156"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="158"/>
        <source>Pin to top</source>
        <translation>置顶聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="162"/>
        <source>Unmute</source>
        <translation>取消免打扰</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="164"/>
        <source>Mute notifications</source>
        <translation>消息免打扰</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="168"/>
        <source>Mark as read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="173"/>
        <source>Mark as unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="179"/>
        <source>Delete chat…</source>
        <translation>删除聊天…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="67"/>
        <source>Chats and friends</source>
        <translation>聊天和好友</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="74"/>
        <source>Searching messages…</source>
        <translation>正在搜索消息…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="77"/>
        <source>Messages</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="88"/>
        <source>Nothing found for “%1”</source>
        <translation>未找到“%1”的相关结果</translation>
    </message>
    <message>
        <location filename="../../desktop/people/directory.py" line="146"/>
        <location filename="../../desktop/people/directory.py" line="158"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="43"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="44"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="126"/>
        <source>Group info</source>
        <translation>群聊信息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="127"/>
        <location filename="../../desktop/chats/groups/member_picker.py" line="45"/>
        <source>Group name</source>
        <translation>群聊名称</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="128"/>
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="129"/>
        <source>Publish announcement</source>
        <translation>发布群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="130"/>
        <location filename="../../desktop/chats/groups/info_panel.py" line="182"/>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="131"/>
        <source>Invite by QR</source>
        <translation>二维码邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="132"/>
        <location filename="../../desktop/chats/groups/info_panel.py" line="254"/>
        <source>Leave group</source>
        <translation>退出群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="133"/>
        <source>No announcement</source>
        <translation>暂无群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="158"/>
        <source>Members (%n)</source>
        <translation>群成员（%n）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="163"/>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="235"/>
        <source>Remove %1 from the group? Hutong makes a new group key without them, so they cannot read anything said from now on. They keep what they already received.</source>
        <translation>将 %1 移出群聊？胡同会生成一个不含其在内的新群密钥，此后的消息对方都无法读取。对方已收到的内容仍会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="240"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="255"/>
        <source>Leave %1? You will no longer receive its messages.</source>
        <translation>退出“%1”？你将不再收到该群的消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="281"/>
        <source>Make admin</source>
        <translation>设为管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="285"/>
        <source>Remove admin rights</source>
        <translation>取消管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="293"/>
        <source>Remove from group</source>
        <translation>移出群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="49"/>
        <source>Invite to %1</source>
        <translation>邀请加入“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="52"/>
        <source>Making the invite…</source>
        <translation>正在生成邀请…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="57"/>
        <source>People nearby scan this with Hutong to ask to join. Your Hutong adds them when it sees their request. The code works for 7 days.</source>
        <translation>附近的人用胡同扫描此码即可申请入群，你的胡同收到申请后会自动添加。该二维码 7 天内有效。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="65"/>
        <source>Copy invite text</source>
        <translation>复制邀请文本</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="68"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="95"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="49"/>
        <source>Search friends</source>
        <translation>搜索好友</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="55"/>
        <source>You have no friends to add yet. Add people in Contacts.</source>
        <translation>你还没有可以添加的好友。请先在通讯录中添加好友。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="139"/>
        <location filename="../../desktop/chats/texts.py" line="78"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="146"/>
        <source>Create (%n)</source>
        <translation>创建（%n）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="148"/>
        <source>Add (%n)</source>
        <translation>添加（%n）</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="210"/>
        <source>Opening the picture…</source>
        <translation>正在打开图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="157"/>
        <source>Fit to window (0)</source>
        <translation>适应窗口（0）</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="151"/>
        <source>Previous picture (Left)</source>
        <translation>上一张（左方向键）</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="154"/>
        <source>Next picture (Right)</source>
        <translation>下一张（右方向键）</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="159"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="161"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="164"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="227"/>
        <source>This picture has not arrived yet, or cannot be shown.</source>
        <translation>图片尚未收到，或无法显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="175"/>
        <source>The original message is not available</source>
        <translation>原消息不可用</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="184"/>
        <source>Recalled message</source>
        <translation>已撤回的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="250"/>
        <source>New messages</source>
        <translation>新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="328"/>
        <location filename="../../desktop/chats/messages/delegate.py" line="340"/>
        <location filename="../../desktop/chats/messages/menu.py" line="55"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="35"/>
        <source>Sending %1%</source>
        <translation>正在发送 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="39"/>
        <source>Click to download</source>
        <translation>点击下载</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="44"/>
        <source>Receiving %1%</source>
        <translation>正在接收 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="81"/>
        <source>Waiting for the image…</source>
        <translation>正在接收图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="82"/>
        <source>Cannot show this image</source>
        <translation>无法显示此图片</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="83"/>
        <source>Picture too large to show</source>
        <translation>图片太大，无法显示</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="126"/>
        <source>Not received yet</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="423"/>
        <source>Not sent. Click Retry to send it again.</source>
        <translation>未发送。点击“重试”再次发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="52"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="31"/>
        <location filename="../../desktop/chats/messages/menu.py" line="56"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="132"/>
        <source>Delete this message from this device? The others keep it.</source>
        <translation>要从这台设备上删除这条消息吗？其他人仍会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="139"/>
        <location filename="../../desktop/chats/messages/menu.py" line="96"/>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="45"/>
        <source>Delete for me</source>
        <translation>仅删除我这里的</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="60"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="63"/>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="44"/>
        <source>Forward…</source>
        <translation>转发…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="68"/>
        <source>View image</source>
        <translation>查看图片</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="72"/>
        <source>Save image as…</source>
        <translation>图片另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="74"/>
        <source>Save file as…</source>
        <translation>文件另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="80"/>
        <source>Recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="85"/>
        <source>Removes the message here and asks the others&apos; Hutong to hide it. Recall is best effort: someone may already have read or copied it.</source>
        <translation>在此删除该消息，并请对方的胡同隐藏它。撤回只能尽力而为：对方可能已经读到或复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="91"/>
        <source>Messages can be recalled within two minutes of sending.</source>
        <translation>消息发送后两分钟内可以撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="99"/>
        <source>Removes the message from this device only; others keep it.</source>
        <translation>只从这台设备上删除这条消息，其他人仍会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="101"/>
        <source>Select</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="143"/>
        <source>Choose a chat on the left, or press Ctrl+K to find one.</source>
        <translation>在左侧选择一个聊天，或按 Ctrl+K 查找。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="273"/>
        <source>Delete the chat with %1 from this device? Its messages are removed here only.</source>
        <translation>要在这台设备上删除与 %1 的聊天吗？消息只在这里删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="277"/>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="294"/>
        <source>Group</source>
        <translation>群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="301"/>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="322"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="375"/>
        <source>Start group chat</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="82"/>
        <source>Search this chat</source>
        <translation>在此聊天中搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="83"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="147"/>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="149"/>
        <source>%n results</source>
        <translation>%n 个结果</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="151"/>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/switcher.py" line="56"/>
        <source>Jump to a chat or a friend…</source>
        <translation>跳转到聊天或好友…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="37"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="51"/>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="84"/>
        <source>You created the group</source>
        <translation>你创建了群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="88"/>
        <source>%1 invited you to the group</source>
        <translation>%1 邀请你加入了群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="89"/>
        <source>%1 added %2 to the group</source>
        <translation>%1 邀请 %2 加入了群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="90"/>
        <source>%1 removed %2 from the group</source>
        <translation>%1 将 %2 移出了群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="91"/>
        <source>%1 renamed the group to &quot;%3&quot;</source>
        <translation>%1 修改群名为“%3”</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="92"/>
        <source>%1 updated the group announcement</source>
        <translation>%1 更新了群公告</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="93"/>
        <source>%1 left the group</source>
        <translation>%1 退出了群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="94"/>
        <source>%1 changed the admin role of %2</source>
        <translation>%1 更改了 %2 的管理员身份</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="96"/>
        <source>%1 changed the group</source>
        <translation>%1 修改了群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="102"/>
        <source>You recalled a message</source>
        <translation>你撤回了一条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="103"/>
        <source>%1 recalled a message</source>
        <translation>%1 撤回了一条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="113"/>
        <source>[Image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="115"/>
        <source>[File] %1</source>
        <translation>[文件] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="137"/>
        <source>1 new message</source>
        <translation>1 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="139"/>
        <source>%n new messages</source>
        <translation>%n 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="41"/>
        <source>Download file</source>
        <translation>下载文件</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="42"/>
        <source>Download %1?</source>
        <translation>要下载 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="46"/>
        <source>Files over %1 are downloaded only when you ask.</source>
        <translation>超过 %1 的文件只在你要求时下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="50"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="84"/>
        <source>Download files by themselves up to</source>
        <translation>自动下载不超过此大小的文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="87"/>
        <source>Larger files in chats wait until you click them (0: always ask first).</source>
        <translation>聊天中更大的文件要等你点击后才下载（0：总是先询问）。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="63"/>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="64"/>
        <source>Forward to:</source>
        <translation>转发给：</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="94"/>
        <source>Send (%1)</source>
        <translation>发送（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="47"/>
        <source>Removes the messages from this device only; others keep them.</source>
        <translation>只从这台设备上删除这些消息，其他人仍会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="54"/>
        <source>%n selected</source>
        <translation>已选择 %n 条</translation>
    </message>
</context>
<context>
    <name>ChatsPane</name>
    <message>
        <location filename="../../desktop/chats/pane.py" line="139"/>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
</context>
<context>
    <name>ChooseSourcePage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="59"/>
        <source>Add a contact</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="61"/>
        <source>Scan your friend&apos;s Hutong QR code, or paste the card text they sent you.</source>
        <translation>扫描朋友的胡同二维码，或粘贴对方发给你的名片文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="65"/>
        <source>Scan with camera</source>
        <translation>用摄像头扫码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="65"/>
        <source>Hold their phone or screen up</source>
        <translation>让对方把手机或屏幕对准摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="67"/>
        <source>Scan from screen</source>
        <translation>截屏识别</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="68"/>
        <source>Select a QR code shown anywhere on your screen</source>
        <translation>框选屏幕上任意位置的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="70"/>
        <source>Open a picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="70"/>
        <source>A QR code saved as an image file</source>
        <translation>保存为图片文件的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="72"/>
        <source>Paste a picture</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="73"/>
        <source>A QR code image you copied</source>
        <translation>你复制的二维码图片</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="75"/>
        <source>Paste card text</source>
        <translation>粘贴名片文字</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="75"/>
        <source>Text that starts with HUTONG:C1:</source>
        <translation>以 HUTONG:C1: 开头的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="78"/>
        <source>Show my QR code</source>
        <translation>显示我的二维码</translation>
    </message>
</context>
<context>
    <name>ComingSoonPane</name>
    <message>
        <location filename="../../desktop/shell/coming_soon.py" line="59"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/coming_soon.py" line="60"/>
        <source>%1 is on its way</source>
        <translation>%1即将上线</translation>
    </message>
</context>
<context>
    <name>CommentBar</name>
    <message>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="74"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="75"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="76"/>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="84"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="136"/>
        <source>New post</source>
        <translation>发表动态</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="137"/>
        <source>Share what is new…</source>
        <translation>这一刻的想法…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="139"/>
        <source>Post</source>
        <translation>发表</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="140"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>发表（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="172"/>
        <source>Who can see</source>
        <translation>谁可以看</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="184"/>
        <source>A post has at most %1 characters; this one has %2</source>
        <translation>动态最多 %1 个字，当前 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="200"/>
        <source>Choose pictures</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="201"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="219"/>
        <source>A post has at most %1 pictures; 1 was left out</source>
        <translation>一条动态最多 %1 张图片，已略去 1 张</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="221"/>
        <source>A post has at most %1 pictures; %2 were left out</source>
        <translation>一条动态最多 %1 张图片，已略去 %2 张</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="260"/>
        <source>Posting…</source>
        <translation>正在发表…</translation>
    </message>
</context>
<context>
    <name>ConfirmCardPage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="159"/>
        <source>Hutong ID: %1</source>
        <translation>胡同号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="161"/>
        <source>Hi, I&apos;m %1</source>
        <translation>你好，我是%1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="168"/>
        <source>Add this person?</source>
        <translation>添加此人为朋友？</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="169"/>
        <source>Verification message</source>
        <translation>验证消息</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="170"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="176"/>
        <source>You are already friends.</source>
        <translation>你们已经是朋友了。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="177"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="179"/>
        <source>They already asked to be your friend. Accept them?</source>
        <translation>对方已经向你发出了好友申请。要通过吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="180"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="182"/>
        <source>You already sent them a request. You can send it again.</source>
        <translation>你已经向对方发送过申请，可以再发一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="183"/>
        <source>Send again</source>
        <translation>再次发送</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="187"/>
        <source>They see your name and this message, and can accept or decline. The request reaches them the next time your computers meet on the network.</source>
        <translation>对方会看到你的名字和这条消息，可以接受或拒绝。你们的电脑下次在网络中相遇时，申请就会送达。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="191"/>
        <source>Send friend request</source>
        <translation>发送好友申请</translation>
    </message>
</context>
<context>
    <name>ConfirmInvitePage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="237"/>
        <source>Join “%1”?</source>
        <translation>加入“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="238"/>
        <source>Invited by %1</source>
        <translation>%1 邀请你加入</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="241"/>
        <source>%1&apos;s Hutong adds you to the group the next time it sees you on the network.</source>
        <translation>%1 的胡同下次在网络中看到你时，就会把你加入群聊。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="244"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="245"/>
        <source>Ask to join</source>
        <translation>申请加入</translation>
    </message>
</context>
<context>
    <name>ContactDetailPage</name>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="205"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="206"/>
        <source>Add a name only you see</source>
        <translation>添加只有你能看到的备注名</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="207"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="208"/>
        <source>No tags</source>
        <translation>暂无标签</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="209"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="210"/>
        <source>Safety number</source>
        <translation>安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="211"/>
        <source>Compare</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="212"/>
        <source>Last seen at</source>
        <translation>最近出现于</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="213"/>
        <source>Send message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="214"/>
        <source>Accept request</source>
        <translation>通过申请</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="223"/>
        <source>Name: %1</source>
        <translation>昵称：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="226"/>
        <source>Hutong ID: %1</source>
        <translation>胡同号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="228"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="237"/>
        <source>Verified in person</source>
        <translation>已当面验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="237"/>
        <source>Not verified yet</source>
        <translation>尚未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="246"/>
        <source>Unblock</source>
        <translation>移出黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="246"/>
        <location filename="../../desktop/contacts/detail.py" line="338"/>
        <source>Block</source>
        <translation>加入黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="250"/>
        <source>Blocked: you don&apos;t receive their messages</source>
        <translation>已拉黑：你不会收到对方的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="252"/>
        <source>Friend request sent, waiting for them to accept</source>
        <translation>好友申请已发送，等待对方通过</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="254"/>
        <source>Wants to be your friend</source>
        <translation>请求添加你为朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="256"/>
        <source>You declined their request</source>
        <translation>你拒绝了对方的申请</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="258"/>
        <source>Not your friend yet</source>
        <translation>还不是你的朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="330"/>
        <location filename="../../desktop/contacts/detail.py" line="331"/>
        <source>Block %1?</source>
        <translation>将 %1 加入黑名单？</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="334"/>
        <source>You will not receive their messages or requests any more. They are not told. You can unblock them later.</source>
        <translation>你将不再收到对方的消息和申请，对方不会收到通知。之后可以随时移出黑名单。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="339"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="161"/>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="164"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="165"/>
        <location filename="../../desktop/contacts/pane.py" line="166"/>
        <location filename="../../desktop/contacts/pane.py" line="169"/>
        <source>Add contact</source>
        <translation>添加朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="167"/>
        <source>New friends</source>
        <translation>新的朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="168"/>
        <source>People nearby</source>
        <translation>附近的人</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="170"/>
        <source>My QR code</source>
        <translation>我的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="194"/>
        <source>No friends yet</source>
        <translation>还没有朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="196"/>
        <source>Add people by scanning their Hutong QR code, or find them under People nearby. Show them your own code so they can add you.</source>
        <translation>扫描对方的胡同二维码来添加朋友，或在“附近的人”里找到他们。也可以出示你自己的二维码，让对方来加你。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="201"/>
        <source>Choose someone on the left to see their details.</source>
        <translation>在左侧选择一位朋友，查看详细资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="205"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="208"/>
        <source>Blocked</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="234"/>
        <source>Blocked · %1</source>
        <translation>黑名单 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="238"/>
        <source>Friends · %1</source>
        <translation>朋友 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="240"/>
        <source>No one matches “%1”</source>
        <translation>没有找到与“%1”相关的人</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="242"/>
        <source>Nobody here yet</source>
        <translation>这里还没有人</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="281"/>
        <source>Send message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="282"/>
        <source>Edit tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="283"/>
        <source>Safety number</source>
        <translation>安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="285"/>
        <source>Block…</source>
        <translation>加入黑名单…</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../desktop/core_errors.py" line="28"/>
        <source>you are no longer a member of this group</source>
        <translation>你已不是该群成员</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="29"/>
        <source>a message has at most %1 characters</source>
        <translation>一条消息最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="30"/>
        <source>a message cannot be empty</source>
        <translation>消息不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="31"/>
        <source>at most %1 files and %2 mentions per message</source>
        <translation>每条消息最多 %1 个文件和 %2 个 @提及</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="32"/>
        <source>an attachment is an image or a file</source>
        <translation>附件只能是图片或文件</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="33"/>
        <source>you can only recall your own messages</source>
        <translation>只能撤回自己的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="34"/>
        <source>messages can be recalled within two minutes only</source>
        <translation>消息只能在两分钟内撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="35"/>
        <source>no such message</source>
        <translation>没有这条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="36"/>
        <source>this message cannot be forwarded</source>
        <translation>这条消息无法转发。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="37"/>
        <source>a file of this message has not arrived yet</source>
        <translation>这条消息的文件还没有到达。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="38"/>
        <source>this card cannot be sent</source>
        <translation>无法发送此卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="39"/>
        <source>a card&apos;s title has 1 to %1 characters</source>
        <translation>卡片标题为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="40"/>
        <source>this draft is too long</source>
        <translation>草稿太长</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="41"/>
        <source>you can only message your contacts</source>
        <translation>只能给联系人发消息</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="42"/>
        <source>the file %1 cannot be read</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="43"/>
        <source>no such group</source>
        <translation>没有这个群</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="44"/>
        <source>only the group&apos;s owner or an admin can do this</source>
        <translation>只有群主或管理员可以这样做</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="45"/>
        <source>this group&apos;s key is not here yet</source>
        <translation>该群的密钥尚未到达</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="46"/>
        <source>a group name has 1 to %1 characters</source>
        <translation>群名称须为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="47"/>
        <source>a group has at most %1 members</source>
        <translation>一个群最多 %1 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="48"/>
        <source>you cannot remove this member</source>
        <translation>你不能移除该成员</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="49"/>
        <source>only current members other than the owner can be made admins</source>
        <translation>只有群主以外的现有成员可以设为管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="50"/>
        <source>an announcement has at most %1 characters</source>
        <translation>群公告最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="51"/>
        <source>this is your own group&apos;s invite</source>
        <translation>这是你自己群的邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="52"/>
        <source>the owner cannot leave the group</source>
        <translation>群主不能退出群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="53"/>
        <source>you can only add your contacts to a group</source>
        <translation>只能把联系人加入群聊</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="54"/>
        <source>this text is too long to be a group invite</source>
        <translation>这段文字太长，不是群邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="55"/>
        <source>this is not a Hutong group invite</source>
        <translation>这不是胡同群邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="56"/>
        <source>this group invite is of an unknown kind</source>
        <translation>这个群邀请的类型未知</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="57"/>
        <source>this group invite&apos;s signature does not match: it was altered</source>
        <translation>群邀请的签名不符：它被改动过</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="58"/>
        <source>this group invite has expired; ask for a new one</source>
        <translation>群邀请已过期，请索取新的邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="59"/>
        <source>this group invite is damaged</source>
        <translation>群邀请已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="60"/>
        <source>this person is not among your contacts</source>
        <translation>此人不在你的联系人中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="61"/>
        <source>this is your own card</source>
        <translation>这是你自己的名片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="62"/>
        <source>a request message has at most %1 characters</source>
        <translation>验证消息最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="63"/>
        <source>there is no request from this person to accept</source>
        <translation>此人没有待接受的好友申请</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="64"/>
        <source>there is no request from this person to decline</source>
        <translation>此人没有待拒绝的好友申请</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="65"/>
        <source>a remark name has at most 64 characters</source>
        <translation>备注名最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="66"/>
        <source>at most %1 tags</source>
        <translation>最多 %1 个标签</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="67"/>
        <source>the picture %1 is over %2 MB</source>
        <translation>图片 %1 超过 %2 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="68"/>
        <source>%1 is not a picture Hutong can show</source>
        <translation>%1 不是胡同能显示的图片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="69"/>
        <source>the picture %1 cannot be read</source>
        <translation>无法读取图片 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="70"/>
        <source>a post has at most %1 characters</source>
        <translation>一条动态最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="71"/>
        <source>a post has at most %1 pictures</source>
        <translation>一条动态最多 %1 张图片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="72"/>
        <source>write something or add a picture</source>
        <translation>写点什么或添加一张图片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="73"/>
        <source>choose at least one friend or tag who can see this post</source>
        <translation>请至少选择一位可以看到这条动态的朋友或标签</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="74"/>
        <source>a comment has at most %1 characters</source>
        <translation>评论最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="75"/>
        <source>a comment cannot be empty</source>
        <translation>评论不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="76"/>
        <source>you can only delete your own posts</source>
        <translation>只能删除自己的动态</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="77"/>
        <source>this comment is gone</source>
        <translation>这条评论已不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="78"/>
        <source>you can delete your own comments, and any comment on your posts</source>
        <translation>你可以删除自己的评论，以及自己动态下的任何评论</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="81"/>
        <source>choose three days, a month, six months or all</source>
        <translation>请选择三天、一个月、半年或全部</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="82"/>
        <source>this post is not here</source>
        <translation>这条动态不在这里</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="83"/>
        <source>this post was deleted</source>
        <translation>这条动态已被删除</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="84"/>
        <source>a picture&apos;s size is out of range</source>
        <translation>图片尺寸超出范围</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="85"/>
        <source>the comment you reply to is gone</source>
        <translation>你回复的评论已不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="86"/>
        <source>a name cannot be empty</source>
        <translation>名字不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="87"/>
        <source>this card has an address with port 0</source>
        <translation>名片中有端口为 0 的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="88"/>
        <source>this card is too long to be a Hutong card</source>
        <translation>这张名片太长，不是胡同名片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="89"/>
        <source>this card is version %1; this Hutong reads version %2</source>
        <translation>这张名片是第 %1 版；此胡同只能读取第 %2 版</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="90"/>
        <source>this card uses features this Hutong does not know</source>
        <translation>这张名片使用了此胡同不认识的功能</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="91"/>
        <source>this card names a second device, which this Hutong does not support yet</source>
        <translation>这张名片指定了第二台设备，此胡同暂不支持</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="94"/>
        <source>this card&apos;s name is empty or too long</source>
        <translation>名片上的名字为空或太长</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="95"/>
        <source>this card&apos;s name contains control characters</source>
        <translation>名片上的名字包含控制字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="96"/>
        <source>this card lists too many addresses</source>
        <translation>名片中的地址太多</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="97"/>
        <source>this card has extra bytes after its signature</source>
        <translation>名片签名后有多余的字节</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="98"/>
        <source>this card&apos;s signature does not match: it was altered or damaged</source>
        <translation>名片签名不符：它被改动过或已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="101"/>
        <source>this text is too long to be a Hutong card</source>
        <translation>这段文字太长，不是胡同名片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="102"/>
        <source>this is not a Hutong card (it should start with HUTONG:C1:)</source>
        <translation>这不是胡同名片（应以 HUTONG:C1: 开头）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="103"/>
        <source>this card is cut short</source>
        <translation>这张名片不完整</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="104"/>
        <source>this card has an address of an unknown kind</source>
        <translation>名片中有未知类型的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="105"/>
        <source>this card&apos;s name is not valid text</source>
        <translation>名片上的名字不是有效文本</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="106"/>
        <source>this card&apos;s text is damaged (not valid base32)</source>
        <translation>名片文字已损坏（不是有效的 base32）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="107"/>
        <source>a Hutong id has 56 letters and digits (A–Z, 2–7)</source>
        <translation>胡同号由 56 个字母和数字组成（A–Z、2–7）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="108"/>
        <source>this Hutong id has a typo: a check character does not match</source>
        <translation>这个胡同号有输入错误：校验字符不符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="109"/>
        <source>the identity file in %1 is of an unknown format</source>
        <translation>%1 中的身份文件格式未知</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="110"/>
        <source>the identity file in %1 is damaged</source>
        <translation>%1 中的身份文件已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="111"/>
        <source>the identity file in %1 does not match its public key</source>
        <translation>%1 中的身份文件与其公钥不符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="112"/>
        <source>no identity in %1</source>
        <translation>%1 中没有身份</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="113"/>
        <source>the identity file in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的身份文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="114"/>
        <source>this profile is protected by a passphrase</source>
        <translation>此账户受密码保护</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="115"/>
        <source>wrong passphrase</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="116"/>
        <source>this profile has no published card yet</source>
        <translation>此账户尚未发布名片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="117"/>
        <source>an avatar picture is at most %1 KB</source>
        <translation>头像图片最大 %1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="118"/>
        <source>this profile was made by a newer Hutong; please update</source>
        <translation>此账户由更新版本的胡同创建，请更新</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="119"/>
        <source>the profile %1 is already open in another Hutong</source>
        <translation>账户 %1 已在另一个胡同中打开</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="120"/>
        <source>the database could not be used: %1</source>
        <translation>无法使用数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="121"/>
        <source>the database could not be written: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="122"/>
        <source>the database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="123"/>
        <source>no such chunk</source>
        <translation>没有这个数据块</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="124"/>
        <source>the blob ends early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="125"/>
        <source>blob of %1 bytes is over the %2-byte limit</source>
        <translation>%1 字节的文件超过 %2 字节的上限</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="126"/>
        <source>chunk index out of range</source>
        <translation>数据块序号超出范围</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="127"/>
        <source>blob chunk does not match its hash</source>
        <translation>文件数据块与其哈希不符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="128"/>
        <source>the blob could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="129"/>
        <source>no such blob here</source>
        <translation>这里没有这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="130"/>
        <source>the blob&apos;s key does not fit</source>
        <translation>文件密钥不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="131"/>
        <source>a blob chunk on disk is damaged</source>
        <translation>磁盘上的文件数据块已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="132"/>
        <source>the blob does not decrypt with this key</source>
        <translation>无法用此密钥解密文件</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="133"/>
        <source>the blob folder could not be opened: %1</source>
        <translation>无法打开文件夹 blobs：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="134"/>
        <source>the identity file in %1 could not be written: %2</source>
        <translation>无法写入 %1 中的身份文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="135"/>
        <source>the database is damaged (%1): restore it from a backup, or move hutong.db away and reopen to recover your history from friends</source>
        <translation>数据库已损坏（%1）：请从备份恢复，或将 hutong.db 移走后重新打开，从好友处找回你的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="140"/>
        <source>this profile is waiting for its own history (restored or lost database): connect to a friend or import a backup first</source>
        <translation>此资料正在等待找回自己的记录（已恢复或丢失的数据库）：请先连接一位好友或导入备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="146"/>
        <source>a VRF key is 32 bytes</source>
        <translation>VRF 密钥为 32 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="147"/>
        <source>a payment request is valid for up to a week</source>
        <translation>付款请求最长有效一周</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="148"/>
        <source>an exclusive red envelope goes to a member of this chat</source>
        <translation>专属红包只能发给本聊天的成员</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="149"/>
        <source>join the currency %1 first</source>
        <translation>请先加入货币 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="150"/>
        <source>not enough money: %1 available</source>
        <translation>余额不足：可用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="151"/>
        <source>only the currency&apos;s issuer creates money</source>
        <translation>只有货币的发行者可以增发</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="152"/>
        <source>only the currency&apos;s issuer hands its clearing over</source>
        <translation>只有货币的发行者可以移交清算</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="153"/>
        <source>only the payee accepts or declines a transfer</source>
        <translation>只有收款人可以接收或拒收转账</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="154"/>
        <source>the currency&apos;s clearer is not among your contacts yet</source>
        <translation>货币的清算方还不是你的联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="155"/>
        <source>the first amount is over the currency&apos;s cap</source>
        <translation>首次发行量超过了货币上限</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="156"/>
        <source>the last hand-over is not complete yet (records to come)</source>
        <translation>上一次移交尚未完成（还有记录未到）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="157"/>
        <source>this code is your own</source>
        <translation>这是你自己的码</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="158"/>
        <source>this currency is frozen: %1</source>
        <translation>这种货币已冻结：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="159"/>
        <source>this currency is not known here</source>
        <translation>本机不认识这种货币</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="160"/>
        <source>this currency&apos;s clearing is moving already</source>
        <translation>这种货币的清算正在移交中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="161"/>
        <source>this identity signed payments in this currency on two devices (a copied profile): its payments here are refused from now on</source>
        <translation>该身份在两台设备上签署了这种货币的付款（配置文件被复制）：从现在起，其在此的付款将被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="166"/>
        <source>this key has cleared this currency before; choose another</source>
        <translation>这个密钥以前清算过这种货币，请换一个</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="167"/>
        <source>this red envelope is not for you</source>
        <translation>这个红包不是给你的</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="168"/>
        <source>this transfer is not waiting for an answer</source>
        <translation>这笔转账不需要再处理</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="169"/>
        <source>you are not in this chat</source>
        <translation>你不在这个聊天中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="170"/>
        <source>you cannot pay yourself</source>
        <translation>不能向自己付款</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="171"/>
        <source>you have opened this red envelope already</source>
        <translation>你已经领过这个红包了</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="172"/>
        <source>this red envelope cannot be opened now</source>
        <translation>这个红包现在不能领取</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="173"/>
        <source>enter the current payment PIN to change it</source>
        <translation>请输入当前支付密码以修改</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="174"/>
        <source>set a payment PIN first</source>
        <translation>请先设置支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="175"/>
        <source>wrong payment PIN</source>
        <translation>支付密码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="176"/>
        <source>the payment PIN is 6 digits</source>
        <translation>支付密码为 6 位数字</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="177"/>
        <source>this is not a Hutong payment code</source>
        <translation>这不是胡同付款码</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="178"/>
        <source>this payment code asks for an impossible amount</source>
        <translation>这个付款码的金额无效</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="179"/>
        <source>this payment code is damaged</source>
        <translation>这个付款码已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="180"/>
        <source>this payment code is of an unknown kind</source>
        <translation>这个付款码的类型未知</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="181"/>
        <source>this payment request has expired; ask for a new one</source>
        <translation>这个付款请求已过期，请索取新的</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="182"/>
        <source>this payment request is damaged</source>
        <translation>这个付款请求已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="183"/>
        <source>this payment request is of an unknown kind</source>
        <translation>这个付款请求的类型未知</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="184"/>
        <source>this payment request&apos;s signature does not match: it was altered</source>
        <translation>这个付款请求的签名不匹配：它被篡改过</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="188"/>
        <source>this text is too long to be a payment code</source>
        <translation>这段文本太长，不可能是付款码</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="189"/>
        <source>a currency has 0 to %1 decimal places</source>
        <translation>货币的小数位数为 0 到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="190"/>
        <source>an amount must be a whole number of minor units</source>
        <translation>金额必须是最小单位的整数倍</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="191"/>
        <source>an amount must be more than zero and at most %1</source>
        <translation>金额必须大于零且不超过 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="192"/>
        <source>this currency has %1 decimal places</source>
        <translation>这种货币有 %1 位小数</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="193"/>
        <source>write the amount as a number, like 12.50</source>
        <translation>请用数字填写金额，例如 12.50</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="194"/>
        <source>a currency name has 1 to %1 characters</source>
        <translation>货币名称为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="195"/>
        <source>a currency symbol has 1 to %1 characters</source>
        <translation>货币符号为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="196"/>
        <source>a fixed red envelope&apos;s total must divide evenly</source>
        <translation>普通红包的总金额必须能平均分配</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="197"/>
        <source>a red envelope has 1 to %1 shares</source>
        <translation>红包个数为 1 到 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="198"/>
        <source>an exclusive red envelope has one share</source>
        <translation>专属红包只能有一个</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="199"/>
        <source>every share must get at least one minor unit</source>
        <translation>每个红包至少要有一个最小单位</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="200"/>
        <source>the note is too long</source>
        <translation>备注太长</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="201"/>
        <source>this device does not clear this currency</source>
        <translation>本设备不负责清算这种货币</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="202"/>
        <source>your earlier payments in this currency have not come back from the other members yet (a restored profile): connect to one of them, then try again</source>
        <translation>你在这种货币中的早期付款还没有从其他成员那里同步回来（恢复的配置文件）：请先连接其中一位成员，然后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="207"/>
        <source>some of this currency&apos;s clearing records are not back yet</source>
        <translation>这种货币的部分清算记录还没有同步回来</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="208"/>
        <source>the payment request is too long</source>
        <translation>收款请求太长</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="209"/>
        <source>the chat id is too long</source>
        <translation>聊天 ID 太长</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="210"/>
        <source>this is not a wallet intent</source>
        <translation>这不是钱包操作</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="211"/>
        <source>a hand-over&apos;s epoch or position is out of range</source>
        <translation>移交的轮次或位置超出范围</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="212"/>
        <source>this is not a currency issue</source>
        <translation>这不是货币发行记录</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="213"/>
        <source>this is not a clearing hand-over</source>
        <translation>这不是清算移交记录</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="214"/>
        <source>this hand-over is not the next one for this currency</source>
        <translation>此移交不是这种货币的下一次移交</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="215"/>
        <source>this hand-over is not signed by the currency&apos;s issuer</source>
        <translation>此移交未经货币发行人签名</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="216"/>
        <source>a payment request is paid in its own amount</source>
        <translation>收款请求只能按其指定的金额支付</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="217"/>
        <source>this payment request has been paid already</source>
        <translation>此收款请求已经付过了</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="218"/>
        <source>enter the amount to pay</source>
        <translation>请输入付款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="219"/>
        <source>this code asks for its own amount</source>
        <translation>此码已指定金额</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="220"/>
        <source>clearing of this currency has moved to another key</source>
        <translation>这种货币的清算已移交给另一个密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="222"/>
        <source>too many wrong PINs; wait before trying again</source>
        <translation>支付密码错误次数过多，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="226"/>
        <source>a mini-program may be at most %1 bytes</source>
        <translation>小程序最大为 %1 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="227"/>
        <source>this mini-program is still arriving; try again in a moment</source>
        <translation>此小程序还在传输中，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="228"/>
        <source>this mini-program&apos;s package cannot be read: %1</source>
        <translation>无法读取此小程序的程序包：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="229"/>
        <source>this mini-program&apos;s package does not match its card</source>
        <translation>此小程序的程序包与其卡片不符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="230"/>
        <source>this mini-program&apos;s stored package is damaged</source>
        <translation>此小程序已保存的程序包已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="231"/>
        <source>mini-program cards cannot be read here</source>
        <translation>此处无法读取小程序卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="232"/>
        <source>this message is not in this conversation</source>
        <translation>这条消息不在此会话中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="233"/>
        <source>this message does not carry a mini-program</source>
        <translation>这条消息不含小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="234"/>
        <source>this card carries no package, and the program is not installed</source>
        <translation>此卡片不含程序包，且该小程序未安装</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="237"/>
        <source>a mini-program that comes with Hutong cannot be removed</source>
        <translation>胡同自带的小程序无法卸载</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="238"/>
        <source>this mini-program is not installed</source>
        <translation>此小程序未安装</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="239"/>
        <source>mini-programs cannot be shared here</source>
        <translation>此处无法分享小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="240"/>
        <source>this is not a conversation mini-programs can be opened in</source>
        <translation>无法在此会话中打开小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="241"/>
        <source>this is not a conversation</source>
        <translation>这不是一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="242"/>
        <source>this mini-program did not declare %1</source>
        <translation>此小程序未声明 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="243"/>
        <source>manifest.toml is too large</source>
        <translation>manifest.toml 太大</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="244"/>
        <source>manifest.toml is not valid TOML: %1</source>
        <translation>manifest.toml 不是有效的 TOML：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="245"/>
        <source>manifest.toml: name must be a non-empty text</source>
        <translation>manifest.toml：name 必须是非空文本</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="246"/>
        <source>manifest.toml: min_api must be a whole number</source>
        <translation>manifest.toml：min_api 必须是整数</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="247"/>
        <source>this mini-program needs a newer Hutong (API %1, this one has %2)</source>
        <translation>此小程序需要更新版本的胡同（需要 API %1，当前为 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="250"/>
        <source>manifest.toml: source_code_url must be a text</source>
        <translation>manifest.toml：source_code_url 必须是文本</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="251"/>
        <source>manifest.toml: [hutong] must be a table</source>
        <translation>manifest.toml：[hutong] 必须是一个表</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="252"/>
        <source>manifest.toml: hutong.capabilities must be a list of texts</source>
        <translation>manifest.toml：hutong.capabilities 必须是文本列表</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="253"/>
        <source>manifest.toml: unknown capability %1</source>
        <translation>manifest.toml：未知的权限 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="254"/>
        <source>%1 is %2 bytes; a mini-program may be at most %3 bytes</source>
        <translation>%1 大小为 %2 字节；小程序最大为 %3 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="255"/>
        <source>%1 is not a webxdc package: it has no index.html at its root</source>
        <translation>%1 不是 webxdc 程序包：其根目录下没有 index.html</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="256"/>
        <source>%1 is a %2 archive, not a zip: it is not a webxdc package</source>
        <translation>%1 是 %2 压缩包，不是 zip：它不是 webxdc 程序包</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="257"/>
        <source>%1 is not a zip file: it is not a webxdc package</source>
        <translation>%1 不是 zip 文件：它不是 webxdc 程序包</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="258"/>
        <source>%1 has %2 files; at most %3 are allowed</source>
        <translation>%1 含有 %2 个文件；最多允许 %3 个</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="259"/>
        <source>%1 holds %2 twice</source>
        <translation>%1 中 %2 出现了两次</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="260"/>
        <source>%1 unpacks to more than %2 bytes</source>
        <translation>%1 解压后超过 %2 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="261"/>
        <source>%1 is a damaged zip file (%2)</source>
        <translation>%1 是已损坏的 zip 文件（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="262"/>
        <source>%1 contains an unsafe path: %2</source>
        <translation>%1 含有不安全的路径：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="263"/>
        <source>%1: %2 is encrypted</source>
        <translation>%1：%2 已加密</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="264"/>
        <source>%1: %2 uses an unsupported compression method</source>
        <translation>%1：%2 使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="265"/>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1：%2 超过 %3 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="266"/>
        <source>%1: %2 does not unpack to its declared size</source>
        <translation>%1：%2 解压后的大小与声明的不符</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="267"/>
        <source>%1: %2 is compressed suspiciously well (a zip bomb?)</source>
        <translation>%1：%2 的压缩率高得可疑（zip 炸弹？）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="269"/>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取该文件（%1）</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/qr/scan_sources.py" line="282"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="48"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="54"/>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="61"/>
        <source>Choose a picture of a QR code</source>
        <translation>选择二维码图片</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="67"/>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="154"/>
        <location filename="../../desktop/onboarding/first_run.py" line="155"/>
        <source>Welcome to Hutong</source>
        <translation>欢迎使用胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="158"/>
        <source>Chat and share with the people on your network. There is no server and no account: your messages stay on your computers, encrypted end to end.</source>
        <translation>和同一网络里的人聊天、分享。没有服务器，也不用注册账号：你的消息只保存在你们自己的电脑上，全程端到端加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="162"/>
        <location filename="../../desktop/onboarding/first_run.py" line="223"/>
        <source>Choose a picture…</source>
        <translation>选择头像…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="163"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="164"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="165"/>
        <source>How friends will see you</source>
        <translation>朋友们看到的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="166"/>
        <source>Protect this profile with a passphrase</source>
        <translation>用密码保护此账户</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="167"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="168"/>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="171"/>
        <source>Hutong asks for it at every start. If you forget it, this profile cannot be opened again: there is no reset.</source>
        <translation>每次启动胡同都需要输入密码。如果忘记密码，此账户将无法再打开，也无法重置。</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="176"/>
        <source>Profile folder: %1</source>
        <translation>资料文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="183"/>
        <source>Creating your identity…</source>
        <translation>正在创建你的身份…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="183"/>
        <source>Get started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="216"/>
        <source>Change picture…</source>
        <translation>更换头像…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="234"/>
        <source>Use at least %1 characters for the passphrase.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="241"/>
        <source>The two passphrases are different.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <location filename="../../desktop/moments/compose/image_grid.py" line="86"/>
        <source>Add pictures (up to 9)</source>
        <translation>添加图片（最多 9 张）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/image_grid.py" line="88"/>
        <location filename="../../desktop/moments/compose/image_grid.py" line="100"/>
        <source>Remove this picture</source>
        <translation>移除这张图片</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="127"/>
        <source>Hutong</source>
        <translation>胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="147"/>
        <source>Hutong is still running</source>
        <translation>胡同仍在运行</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="148"/>
        <source>Hutong keeps running in the tray. To quit, choose Quit Hutong in its menu.</source>
        <translation>胡同会在托盘中继续运行。要退出，请在托盘菜单中选择“退出胡同”。</translation>
    </message>
</context>
<context>
    <name>MePane</name>
    <message>
        <location filename="../../desktop/me/pane.py" line="118"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="122"/>
        <source>My profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="123"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="124"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="125"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="126"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="127"/>
        <source>Mini-programs</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="142"/>
        <source>ID %1</source>
        <translation>胡同号 %1</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="99"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="103"/>
        <source>Hutong</source>
        <translation>胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="103"/>
        <source>You have a new message</source>
        <translation>你收到一条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="109"/>
        <source>1 new message</source>
        <translation>1 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="111"/>
        <source>%1 new messages</source>
        <translation>%1 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="117"/>
        <source>[%1 messages] </source>
        <translation>[%1条] </translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="125"/>
        <source>[Photo]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="127"/>
        <source>[File] %1</source>
        <translation>[文件] %1</translation>
    </message>
</context>
<context>
    <name>MiniPrograms</name>
    <message>
        <location filename="../../desktop/miniprograms/file_import.py" line="48"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/file_import.py" line="56"/>
        <source>Files (%1)</source>
        <translation>文件（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="28"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="44"/>
        <source>Stop it</source>
        <translation>停止运行</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="47"/>
        <source>Permissions…</source>
        <translation>权限…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="50"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="89"/>
        <source>This mini-program is not responding.</source>
        <translation>此小程序没有响应。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="97"/>
        <source>This mini-program sends updates too fast; some were refused.</source>
        <translation>此小程序发送更新过快，部分更新已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="104"/>
        <source>This mini-program was stopped.</source>
        <translation>此小程序已被停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="33"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="35"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="36"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="58"/>
        <location filename="../../desktop/miniprograms/launcher.py" line="148"/>
        <location filename="../../desktop/miniprograms/launcher.py" line="220"/>
        <location filename="../../desktop/miniprograms/pane.py" line="207"/>
        <source>Mini-programs</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="59"/>
        <source>What each app may do, and the data it keeps here</source>
        <translation>每个小程序可以做什么，以及它在这里保存的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="61"/>
        <source>No mini-program has asked for anything yet.</source>
        <translation>还没有小程序申请过任何权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="112"/>
        <source>Allowed</source>
        <translation>已允许</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="114"/>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="119"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="130"/>
        <source>Storage used: %1</source>
        <translation>已用存储：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="134"/>
        <source>Clear storage</source>
        <translation>清除存储</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_choice.py" line="35"/>
        <source>Share to chat</source>
        <translation>分享到聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_choice.py" line="49"/>
        <location filename="../../desktop/miniprograms/program_choice.py" line="37"/>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_choice.py" line="105"/>
        <source>this chat</source>
        <translation>此聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="36"/>
        <source>“%1” wants to post in a chat. Which one?</source>
        <translation>“%1”想在聊天中发送内容。发送到哪个聊天？</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="43"/>
        <source>“%1” wants to post this in %2:</source>
        <translation>“%1”想在 %2 中发送以下内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="51"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="56"/>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="146"/>
        <source>Post</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="57"/>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="147"/>
        <location filename="../../desktop/miniprograms/launcher.py" line="151"/>
        <location filename="../../desktop/miniprograms/pane.py" line="212"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="125"/>
        <source>Post “%1” in:</source>
        <translation>将“%1”发送到：</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="132"/>
        <source>Post “%1” in %2?</source>
        <translation>在 %2 中发送“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/install_file.py" line="30"/>
        <source>Install a mini-program</source>
        <translation>安装小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/install_file.py" line="34"/>
        <source>Mini-programs (*.xdc *.zip)</source>
        <translation>小程序 (*.xdc *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/install_file.py" line="67"/>
        <source>“%1” was not installed: %2</source>
        <translation>“%1”未安装：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="137"/>
        <source>This card carries no mini-program.</source>
        <translation>这张卡片不含小程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="140"/>
        <source>Install “%1” shared by %2?</source>
        <translation>安装 %2 分享的“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="144"/>
        <source>Install “%1”?</source>
        <translation>安装“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="150"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="166"/>
        <source>“%1” is still downloading. Try again when it has arrived.</source>
        <translation>“%1”仍在下载中。下载完成后请再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="211"/>
        <source>Share “%1” in:</source>
        <translation>将“%1”分享到：</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="98"/>
        <source>Small apps you use alone or with a chat</source>
        <translation>可以独自使用或在聊天中一起使用的小应用</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="100"/>
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="101"/>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="102"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="103"/>
        <source>Bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="104"/>
        <source>Apps you open appear here.</source>
        <translation>你打开过的小程序会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="106"/>
        <source>Apps installed from a chat or a file appear here.</source>
        <translation>从聊天或文件安装的小程序会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="151"/>
        <source>Just me</source>
        <translation>仅自己</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="208"/>
        <source>Uninstall “%1”? Its data on this device is deleted too.</source>
        <translation>卸载“%1”？它在本设备上的数据也会被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="211"/>
        <location filename="../../desktop/miniprograms/program_tile.py" line="67"/>
        <source>Uninstall</source>
        <translation>卸载</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/permissions_dialog.py" line="23"/>
        <source>Permissions of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/permissions_dialog.py" line="30"/>
        <source>What “%1” may do beyond its own window:</source>
        <translation>“%1”在自身窗口之外可以做的事：</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/permissions_dialog.py" line="32"/>
        <source>“%1” asks for nothing beyond its own window.</source>
        <translation>“%1”不需要自身窗口之外的任何权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_choice.py" line="27"/>
        <source>Share a mini-program</source>
        <translation>分享小程序</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_tile.py" line="48"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_tile.py" line="60"/>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_tile.py" line="62"/>
        <source>Share to chat…</source>
        <translation>分享到聊天…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="20"/>
        <source>Keep data on this device</source>
        <translation>在本设备上保存数据</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="21"/>
        <source>See your name</source>
        <translation>查看你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="22"/>
        <source>Use your wallet</source>
        <translation>使用你的钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="23"/>
        <source>Post cards in chats</source>
        <translation>在聊天中发送卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="30"/>
        <source>“%1” wants to keep data on this device (up to 10 MB).</source>
        <translation>“%1”想在本设备上保存数据（最多 10 MB）。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="33"/>
        <source>“%1” wants to see your name and your ID in this app.</source>
        <translation>“%1”想在此小程序中查看你的名字和 ID。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="36"/>
        <source>“%1” wants to use your wallet: see your currencies and ask for payments. Every payment still shows you the amount and asks for your PIN.</source>
        <translation>“%1”想使用你的钱包：查看你的货币并发起收付款请求。每笔付款仍会向你显示金额并要求输入支付密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="41"/>
        <source>“%1” wants to post its card in chats. You confirm each post.</source>
        <translation>“%1”想在聊天中发送它的卡片。每次发送都需要你确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="97"/>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="98"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>MiniProgramsPane</name>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="94"/>
        <source>Mini-programs</source>
        <translation>小程序</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="87"/>
        <source>“%1” cannot be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="92"/>
        <source>“%1” is over %2 MB; choose a smaller picture.</source>
        <translation>“%1”超过 %2 MB，请选择更小的图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="101"/>
        <location filename="../../desktop/moments/compose/images.py" line="114"/>
        <source>“%1” is not a picture Hutong can show.</source>
        <translation>“%1”不是胡同可以显示的图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="107"/>
        <location filename="../../desktop/moments/compose/images.py" line="110"/>
        <source>“%1” is too large in pixels.</source>
        <translation>“%1”的像素尺寸过大。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="126"/>
        <source>The thumbnail of “%1” could not be written.</source>
        <translation>无法生成“%1”的缩略图。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="87"/>
        <source>%1 replied to %2</source>
        <translation>%1 回复 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="88"/>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="89"/>
        <source>Collapse</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="90"/>
        <location filename="../../desktop/moments/feed/page.py" line="230"/>
        <location filename="../../desktop/moments/feed/page.py" line="237"/>
        <location filename="../../desktop/moments/feed/page.py" line="302"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="272"/>
        <source>Like or comment</source>
        <translation>赞或评论</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="157"/>
        <source>This post was deleted, or you can no longer see it.</source>
        <translation>该动态已删除，或你已无法查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="159"/>
        <source>No moments yet. Click the camera above to share your first one.</source>
        <translation>还没有朋友圈动态。点击上方相机，分享你的第一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="163"/>
        <source>You have not posted anything yet.</source>
        <translation>你还没有发表过动态。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="165"/>
        <source>%1 has not shared any posts with you.</source>
        <translation>%1 没有向你分享动态。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="225"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="227"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="234"/>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="235"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="255"/>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="258"/>
        <source>Comment on %1&apos;s post</source>
        <translation>评论 %1 的动态</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="282"/>
        <source>Delete this post?</source>
        <translation>删除这条动态？</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="288"/>
        <source>Delete this comment?</source>
        <translation>删除这条评论？</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="304"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/row_painting.py" line="107"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/row_painting.py" line="278"/>
        <source>%n pictures</source>
        <translation>共 %n 张</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="28"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="38"/>
        <source>Just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="41"/>
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="44"/>
        <source>%n hr ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="46"/>
        <location filename="../../desktop/moments/texts.py" line="61"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="59"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="76"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="77"/>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="78"/>
        <source>Share with</source>
        <translation>部分可见</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="79"/>
        <source>Don&apos;t share</source>
        <translation>不给谁看</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="85"/>
        <source>All friends</source>
        <translation>所有好友</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="86"/>
        <source>Only me</source>
        <translation>仅自己可见</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="87"/>
        <source>Chosen friends or tags</source>
        <translation>指定好友或标签</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="88"/>
        <source>All friends except the ones chosen</source>
        <translation>除所选之外的所有好友</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="94"/>
        <source>Visible to all friends</source>
        <translation>所有好友可见</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="95"/>
        <source>Private: only you can see this post</source>
        <translation>私密：仅你自己可见</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="96"/>
        <source>Visible to the friends you chose</source>
        <translation>所选好友可见</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="97"/>
        <source>Hidden from the friends you chose</source>
        <translation>对所选好友不可见</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="111"/>
        <source>Last 3 days</source>
        <translation>最近三天</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="112"/>
        <source>Last month</source>
        <translation>最近一个月</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="113"/>
        <source>Last 6 months</source>
        <translation>最近半年</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="114"/>
        <location filename="../../desktop/moments/texts.py" line="115"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="123"/>
        <source>%1 lets friends see only the last 3 days of posts.</source>
        <translation>%1 设置了朋友圈仅展示最近三天的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="124"/>
        <source>%1 lets friends see only the last month of posts.</source>
        <translation>%1 设置了朋友圈仅展示最近一个月的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="125"/>
        <source>%1 lets friends see only the last 6 months of posts.</source>
        <translation>%1 设置了朋友圈仅展示最近半年的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="131"/>
        <source>Liked your post</source>
        <translation>赞了你的动态</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="133"/>
        <source>Replied: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="140"/>
        <source>1 new message</source>
        <translation>1 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="142"/>
        <source>%n new messages</source>
        <translation>%n 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="147"/>
        <source>It disappears here at once. Friends&apos; computers delete it when they next sync; a copy someone already saved cannot be called back.</source>
        <translation>此处会立即删除。好友的电脑会在下次同步时删除；已被他人保存的副本无法收回。</translation>
    </message>
</context>
<context>
    <name>MomentsPane</name>
    <message>
        <location filename="../../desktop/moments/pane.py" line="114"/>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="117"/>
        <location filename="../../desktop/moments/pane.py" line="127"/>
        <source>My album</source>
        <translation>我的相册</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="118"/>
        <location filename="../../desktop/moments/pane.py" line="133"/>
        <source>Notifications</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="119"/>
        <source>Moments settings</source>
        <translation>朋友圈设置</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="120"/>
        <source>New post</source>
        <translation>发表动态</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="121"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="129"/>
        <source>%1&apos;s album</source>
        <translation>%1 的相册</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="131"/>
        <source>Post</source>
        <translation>发表</translation>
    </message>
</context>
<context>
    <name>MyQrCardDialog</name>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="119"/>
        <source>My QR code</source>
        <translation>我的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="120"/>
        <source>Scan this code in Hutong to add me as a friend</source>
        <translation>用胡同扫一扫上面的二维码，加我为朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="121"/>
        <source>Copy card text</source>
        <translation>复制名片文字</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="122"/>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="123"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="125"/>
        <source>Hutong ID: %1</source>
        <translation>胡同号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="155"/>
        <source>Card text copied. Paste it to a friend; they add you with “Paste card text”.</source>
        <translation>名片文字已复制。发给朋友，对方用“粘贴名片文字”即可加你。</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="167"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <location filename="../../desktop/shell/nav_rail.py" line="52"/>
        <source>%1, %2 unread</source>
        <translation>%1，%2 条未读</translation>
    </message>
</context>
<context>
    <name>NearbyRow</name>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="58"/>
        <source>Unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="61"/>
        <source>Online now</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="61"/>
        <source>Seen nearby</source>
        <translation>在附近出现过</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="69"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="72"/>
        <source>Respond</source>
        <translation>回应</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="75"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../desktop/me/network_page.py" line="122"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="122"/>
        <source>How Hutong finds and reaches people</source>
        <translation>胡同如何发现并连接到其他人</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="123"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="124"/>
        <source>Computers seen</source>
        <translation>发现的电脑</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="128"/>
        <source>Nobody found?</source>
        <translation>找不到人？</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="129"/>
        <source>Add a computer by address</source>
        <translation>通过地址添加电脑</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="132"/>
        <source>Ask the other person for an address from their Network page (for example 192.168.1.20:47000) and type it here. Hutong keeps trying it.</source>
        <translation>请对方在他的“网络”页面找到一个地址（例如 192.168.1.20:47000），在这里输入。胡同会持续尝试连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="136"/>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="137"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="138"/>
        <source>Files in chats</source>
        <translation>聊天中的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="146"/>
        <source>Sync is off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="150"/>
        <source>Hutong is not connecting to the network in this session.</source>
        <translation>本次运行中，胡同没有连接网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="160"/>
        <source>Listening on port %1</source>
        <translation>正在端口 %1 上监听</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="162"/>
        <source>Not listening yet</source>
        <translation>尚未开始监听</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="166"/>
        <source>Finding people nearby automatically (mDNS) is on.</source>
        <translation>自动发现附近的人（mDNS）已开启。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="169"/>
        <source>Finding people nearby automatically is not working: %1</source>
        <translation>自动发现附近的人无法工作：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="174"/>
        <source>Finding people nearby automatically is off.</source>
        <translation>自动发现附近的人已关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="180"/>
        <source>Found</source>
        <translation>已发现</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="181"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="182"/>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="183"/>
        <source>Up to date</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="184"/>
        <source>Can&apos;t connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="192"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="207"/>
        <source>No other computer seen yet.</source>
        <translation>还没有发现其他电脑。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="239"/>
        <source>If no one shows up, the network may be in the way:</source>
        <translation>如果一个人都找不到，可能是网络的原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="241"/>
        <source>Multicast may be blocked (common on office, school and hotel networks), so computers cannot announce themselves.</source>
        <translation>网络可能屏蔽了组播（办公室、学校和酒店的网络常这样），电脑之间无法互相通告。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="245"/>
        <source>A firewall may block Hutong&apos;s port (%1) on this or the other computer.</source>
        <translation>本机或对方电脑的防火墙可能拦截了胡同的端口（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="248"/>
        <source>Wi-Fi client isolation (often on guest networks) stops computers on the same Wi-Fi from reaching each other.</source>
        <translation>Wi-Fi 的客户端隔离（访客网络常见）会让连着同一个 Wi-Fi 的电脑互相无法访问。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="252"/>
        <source>What to try: add the other computer by address below, allow Hutong in the firewall, or join both computers to the same private network or a phone hotspot.</source>
        <translation>可以试试：在下方通过地址添加对方电脑，在防火墙中允许胡同，或者让两台电脑连到同一个私有网络或手机热点。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="268"/>
        <source>Type an address such as 192.168.1.20:47000.</source>
        <translation>请输入地址，例如 192.168.1.20:47000。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="269"/>
        <source>Add the port after a colon, for example 192.168.1.20:47000.</source>
        <translation>请在冒号后加上端口，例如 192.168.1.20:47000。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="270"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="271"/>
        <source>That does not look like an IP address or a computer name.</source>
        <translation>这看起来不是 IP 地址或电脑名。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="272"/>
        <source>That address cannot be used.</source>
        <translation>无法使用这个地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="295"/>
        <source>Connecting to %1. It appears in the list above.</source>
        <translation>正在连接 %1，稍后会出现在上面的列表中。</translation>
    </message>
</context>
<context>
    <name>NewFriendsPage</name>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="140"/>
        <source>New friends</source>
        <translation>新的朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="140"/>
        <source>Requests to you, and the ones you sent</source>
        <translation>别人发给你的申请，以及你发出的申请</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="143"/>
        <source>No friend requests</source>
        <translation>暂无好友申请</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="145"/>
        <source>When someone scans your QR code or finds you nearby, their request and message appear here.</source>
        <translation>当有人扫描你的二维码或在附近找到你时，他们的申请和验证消息会显示在这里。</translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="151"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="70"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="71"/>
        <source>Alerts for new messages from others</source>
        <translation>收到他人新消息时的提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="73"/>
        <source>Show in notifications</source>
        <translation>通知中显示</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="74"/>
        <source>Sender and message</source>
        <translation>发送者和消息内容</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="75"/>
        <source>Sender only</source>
        <translation>仅显示发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="76"/>
        <source>Nothing, just “New message”</source>
        <translation>不显示，仅提示“新消息”</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="78"/>
        <source>Muted chats never notify, and neither does the chat you are looking at.</source>
        <translation>已设为免打扰的聊天不会提醒，你正在查看的聊天也不会。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="80"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="98"/>
        <source>Hutong</source>
        <translation>胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="98"/>
        <source>You have a new message</source>
        <translation>你收到一条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="100"/>
        <location filename="../../desktop/me/notifications_page.py" line="102"/>
        <source>Lin Mei</source>
        <translation>林梅</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="100"/>
        <source>1 new message</source>
        <translation>1 条新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="102"/>
        <source>Lunch at the canteen at 12:30?</source>
        <translation>12:30 一起去食堂吃饭？</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="189"/>
        <source>No notifications yet</source>
        <translation>暂无消息</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="190"/>
        <source>When friends like or comment on your posts, or reply to you, it shows here.</source>
        <translation>好友赞或评论你的动态、或回复你时，会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="216"/>
        <source>The notifications could not be opened</source>
        <translation>无法打开消息列表</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../desktop/runner.py" line="90"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>出了点问题，详细信息已记录在日志中。</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../desktop/onboarding/passphrase_fields.py" line="29"/>
        <source>Hide passphrase</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/passphrase_fields.py" line="29"/>
        <source>Show passphrase</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PasteTextPage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="89"/>
        <source>Paste card text</source>
        <translation>粘贴名片文字</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="92"/>
        <source>Ask your friend to copy their card text (Me › My QR code › Copy card text) and send it to you. It starts with HUTONG:C1:.</source>
        <translation>请朋友复制他的名片文字（我 › 我的二维码 › 复制名片文字）发给你，它以 HUTONG:C1: 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="97"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="98"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>PeopleNearbyPage</name>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="117"/>
        <source>People nearby</source>
        <translation>附近的人</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="117"/>
        <source>Hutong users on your network who aren&apos;t friends yet</source>
        <translation>同一网络中还不是朋友的胡同用户</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="154"/>
        <source>Sync is off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="156"/>
        <source>Hutong is not looking for people on your network right now, so nobody nearby can be listed. You can still add friends by QR code or card text.</source>
        <translation>胡同现在没有在网络中寻找他人，所以无法列出附近的人。你仍然可以通过二维码或名片文字添加朋友。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="174"/>
        <source>Nobody new nearby</source>
        <translation>附近暂时没有新朋友</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="176"/>
        <source>People appear here when Hutong is open on their computer on the same network. If nobody shows up, the network may block discovery: add them by QR code, or by address in Me › Network.</source>
        <translation>当附近的人在同一网络中打开胡同时，就会出现在这里。如果一直没人出现，可能是网络阻止了自动发现：可以通过二维码添加，或在 我 › 网络 中通过地址添加。</translation>
    </message>
</context>
<context>
    <name>PostActionsPopup</name>
    <message>
        <location filename="../../desktop/moments/feed/actions_popup.py" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/actions_popup.py" line="51"/>
        <source>Like</source>
        <translation>赞</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/actions_popup.py" line="52"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>PostImageViewer</name>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="97"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="98"/>
        <source>Previous picture (Left)</source>
        <translation>上一张（左）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="99"/>
        <source>Next picture (Right)</source>
        <translation>下一张（右）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="100"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="101"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="102"/>
        <source>Fit to window (0)</source>
        <translation>适应窗口（0）</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="103"/>
        <source>Save the original as…</source>
        <translation>原图另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="149"/>
        <source>Fetching the original from your friends…</source>
        <translation>正在从好友处获取原图…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="151"/>
        <source>Opening the picture…</source>
        <translation>正在打开图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="203"/>
        <source>Save picture</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="225"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="122"/>
        <source>My profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="122"/>
        <source>What friends see when they add you</source>
        <translation>朋友添加你时看到的信息</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="123"/>
        <source>Picture</source>
        <translation>头像</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="125"/>
        <source>A square picture works best. Friends see it next to your name.</source>
        <translation>方形图片效果最好，朋友们会在你的名字旁看到它。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="127"/>
        <source>Change picture…</source>
        <translation>更换头像…</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="128"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="129"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="130"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="131"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="133"/>
        <source>Friends can give you a remark name of their own; they see yours otherwise.</source>
        <translation>朋友可以给你设置备注名；没有备注时，他们看到的就是这个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="135"/>
        <source>Hutong ID</source>
        <translation>胡同号</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="136"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="139"/>
        <source>Your ID comes from your keys and never changes. Friends can compare it to be sure they added the real you.</source>
        <translation>胡同号由你的密钥生成，永远不会改变。朋友可以核对它，确认加的就是真正的你。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="143"/>
        <source>Show my QR code</source>
        <translation>显示我的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="174"/>
        <source>Name saved.</source>
        <translation>名字已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="192"/>
        <source>Picture updated.</source>
        <translation>头像已更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="202"/>
        <source>Hutong ID copied.</source>
        <translation>胡同号已复制。</translation>
    </message>
</context>
<context>
    <name>QrTexts</name>
    <message>
        <location filename="../../desktop/qr/texts.py" line="16"/>
        <source>No QR code was found. Make sure the whole code is visible, sharp and not too small.</source>
        <translation>没有找到二维码。请确保二维码完整、清晰，并且不要太小。</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="21"/>
        <source>This QR code is not a Hutong contact card or group invite.</source>
        <translation>这个二维码不是胡同名片，也不是群邀请。</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="23"/>
        <source>This contact card cannot be trusted: it is damaged or was altered. Ask your friend to show their code again.</source>
        <translation>这张名片不可信：它已损坏或被篡改。请让朋友重新出示二维码。</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="29"/>
        <source>This group invite cannot be used.</source>
        <translation>这个群邀请无法使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="31"/>
        <source>This is your own card. Scan a friend&apos;s code to add them.</source>
        <translation>这是你自己的名片。扫描朋友的二维码来添加对方。</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="32"/>
        <source>This code cannot be read.</source>
        <translation>无法识别这个二维码。</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/qr/screen_region.py" line="67"/>
        <source>Drag a rectangle around the QR code  ·  Esc to cancel</source>
        <translation>拖动鼠标框选二维码  ·  按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="68"/>
        <source>(no message)</source>
        <translation>（无验证消息）</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="77"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="83"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="89"/>
        <source>Waiting</source>
        <translation>等待验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="91"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>SafetyNumberDialog</name>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="93"/>
        <source>Safety number</source>
        <translation>安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="94"/>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="97"/>
        <source>Compare these numbers with %1, side by side or on a call. If they match, your messages are encrypted for the right person and nobody is in between.</source>
        <translation>和 %1 当面或通话时核对这组数字。如果完全一致，说明你们的消息是加密发给正确的人，中间没有人能偷看。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="116"/>
        <source>✓ Verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="118"/>
        <source>Clear verification</source>
        <translation>取消验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="121"/>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="123"/>
        <source>Mark as verified</source>
        <translation>标记为已验证</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../desktop/me/security_page.py" line="93"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="93"/>
        <source>Protect your keys on this computer</source>
        <translation>保护这台电脑上的密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="96"/>
        <location filename="../../desktop/me/security_page.py" line="128"/>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="96"/>
        <source>Set a passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="99"/>
        <source>This profile is protected</source>
        <translation>此账户已受密码保护</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="100"/>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="104"/>
        <source>Your secret keys are encrypted with your passphrase. Hutong asks for it each time it starts.</source>
        <translation>你的私钥已用密码加密，每次启动胡同时都需要输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="109"/>
        <source>This profile is not protected</source>
        <translation>此账户未设密码保护</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="110"/>
        <source>Off</source>
        <translation>未开启</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="114"/>
        <source>Anyone who can open your files on this computer can use your identity. Set a passphrase to encrypt your keys.</source>
        <translation>任何能打开这台电脑上你的文件的人，都能冒用你的身份。设置密码可以加密你的密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="118"/>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="119"/>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="120"/>
        <source>Type the new passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="122"/>
        <source>There is no way to reset a forgotten passphrase. Keep it somewhere safe.</source>
        <translation>忘记的密码无法重置，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="126"/>
        <source>Remove passphrase</source>
        <translation>移除密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="128"/>
        <source>Set passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="145"/>
        <source>Use at least %1 characters.</source>
        <translation>至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="149"/>
        <source>The two new passphrases are different.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="152"/>
        <source>Passphrase saved. Hutong will ask for it next time.</source>
        <translation>密码已保存，下次启动时胡同会要求输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="157"/>
        <source>Passphrase removed.</source>
        <translation>密码已移除。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="173"/>
        <source>The current passphrase is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="194"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/onboarding/startup.py" line="54"/>
        <source>Hutong cannot open this profile. Close the other Hutong using it, or choose another folder with --profile.</source>
        <translation>胡同无法打开此账户。请关闭正在使用它的另一个胡同，或用 --profile 选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="86"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="87"/>
        <source>Tags for %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="89"/>
        <source>Tags group your friends, for example Family or Work. Only you see them.</source>
        <translation>标签可以给朋友分组，比如“家人”或“同事”。只有你自己能看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="91"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="92"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="94"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../desktop/notify/tray.py" line="89"/>
        <source>Show Hutong</source>
        <translation>显示胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="90"/>
        <source>Quit Hutong</source>
        <translation>退出胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="96"/>
        <source>Hutong: 1 unread message</source>
        <translation>胡同：1 条未读消息</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="97"/>
        <source>Hutong: %1 unread messages</source>
        <translation>胡同：%1 条未读消息</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="98"/>
        <source>Hutong</source>
        <translation>胡同</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="93"/>
        <source>Unlock Hutong</source>
        <translation>解锁胡同</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="94"/>
        <source>Welcome back</source>
        <translation>欢迎回来</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="96"/>
        <source>This profile is protected. Enter your passphrase to open it.</source>
        <translation>此账户受密码保护，请输入密码打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="100"/>
        <source>Hutong ID: %1</source>
        <translation>胡同号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="103"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="104"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="105"/>
        <location filename="../../desktop/onboarding/unlock.py" line="129"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="105"/>
        <location filename="../../desktop/onboarding/unlock.py" line="129"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="136"/>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>密码不正确。请检查大写锁定键后重试。</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="66"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="67"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="68"/>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="69"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="121"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="150"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="70"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="71"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="122"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="151"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="63"/>
        <source>Export bills</source>
        <translation>导出账单</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="201"/>
        <source>‹ Wallet</source>
        <translation>‹ 钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="202"/>
        <location filename="../../desktop/wallet/currency_card.py" line="196"/>
        <location filename="../../desktop/wallet/pane.py" line="163"/>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="203"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="204"/>
        <source>Double-click a transfer to open it</source>
        <translation>双击转账可以打开它</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="207"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="212"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="221"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="222"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="223"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="224"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="225"/>
        <source>Between dates…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="252"/>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="308"/>
        <source>%1 of %2 bills</source>
        <translation>%1 / %2 条账单</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="314"/>
        <source>No currencies yet: nothing to show.</source>
        <translation>还没有货币，没有可显示的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="316"/>
        <source>No bills in this currency yet.</source>
        <translation>这种货币还没有账单。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="318"/>
        <source>No bills match these filters.</source>
        <translation>没有符合筛选条件的账单。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="415"/>
        <source>Exported %1 bills to %2</source>
        <translation>已导出 %1 条账单到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="81"/>
        <source>Copy code text</source>
        <translation>复制码文本</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="82"/>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="122"/>
        <source>Code text copied.</source>
        <translation>码文本已复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="132"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="49"/>
        <source>its clearer signed two different histories at record %1</source>
        <translation>其清算方在第 %1 条记录处签署了两份不同的历史</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="53"/>
        <source> (events %1… and %2…)</source>
        <translation>（事件 %1… 和 %2…）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="61"/>
        <source>record %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="69"/>
        <source>Issued by you · cleared on this computer</source>
        <translation>由你发行 · 在本机清算</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="71"/>
        <source>Issued by you</source>
        <translation>由你发行</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="73"/>
        <source>Issued by %1 · cleared on this computer</source>
        <translation>由 %1 发行 · 在本机清算</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="76"/>
        <source>Issued by %1</source>
        <translation>由 %1 发行</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="195"/>
        <source>Balance (cleared)</source>
        <translation>余额（已清算）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="197"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="59"/>
        <source>Issue more</source>
        <translation>增发</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="198"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="200"/>
        <source>+%1 pending in</source>
        <translation>+%1 待入账</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="204"/>
        <source>Not in your balance yet: transfers wait for you to accept them in the chat, payments wait for the currency&apos;s clearer.</source>
        <translation>尚未计入余额：转账需要你在聊天中确认收款，付款需要等待货币的清算方。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="211"/>
        <source>−%1 pending out</source>
        <translation>−%1 待支出</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="217"/>
        <source>Still in your balance but not spendable: payments the currency&apos;s clearer has not confirmed yet.</source>
        <translation>仍在余额中但不可使用：货币的清算方尚未确认的付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="224"/>
        <source>Clearing is paused: this profile was restored. Payments in this currency wait until you resume, once this computer has synced with the members.</source>
        <translation>清算已暂停：此配置文件是恢复的。这种货币的付款会等待，直到本机与成员同步后你恢复清算。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="230"/>
        <source>Resume clearing</source>
        <translation>恢复清算</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="234"/>
        <source>Frozen: %1. Its clearer broke the rules, so no payment in this currency is made or shown as final.</source>
        <translation>已冻结：%1。清算方违反了规则，这种货币的付款不会进行，也不会显示为最终完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="260"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_picker.py" line="39"/>
        <source>%1 · available %2</source>
        <translation>%1 · 可用 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="136"/>
        <source>👑 Best luck</source>
        <translation>👑 手气最佳</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="276"/>
        <location filename="../../desktop/wallet/envelope_send.py" line="142"/>
        <location filename="../../desktop/wallet/envelope_send.py" line="228"/>
        <location filename="../../desktop/wallet/texts.py" line="29"/>
        <source>Red envelope</source>
        <translation>红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="277"/>
        <source>See who grabbed it ›</source>
        <translation>看看大家的手气 ›</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="278"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="267"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="350"/>
        <source>%1&apos;s red envelope</source>
        <translation>%1 的红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="359"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="303"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="375"/>
        <source>This red envelope is for %1 only.</source>
        <translation>这是给 %1 的专属红包。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="377"/>
        <source>Too slow! Every share has been grabbed.</source>
        <translation>手慢了，红包派完了。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="379"/>
        <source>This red envelope has expired: it was open for 24 hours.</source>
        <translation>该红包已过期：领取期限为 24 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="390"/>
        <source>In your wallet in %1</source>
        <translation>已存入你的 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="396"/>
        <source>Pending: your share is drawn when the currency&apos;s clearer records your grab.</source>
        <translation>处理中：货币的清算方记录你的领取后，才会抽出你的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="411"/>
        <source>%1 of %2 opened, %3 of %4</source>
        <translation>已领取 %1/%2 个，共 %3/%4</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="418"/>
        <source>lucky draw</source>
        <translation>拼手气</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="46"/>
        <source>Best wishes</source>
        <translation>恭喜发财，大吉大利</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="143"/>
        <source>Send a red envelope</source>
        <translation>发红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="144"/>
        <source>Lucky draw</source>
        <translation>拼手气红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="145"/>
        <source>Same amount each</source>
        <translation>普通红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="146"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="149"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="147"/>
        <source>Shares</source>
        <translation>红包个数</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="148"/>
        <source>Greeting</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="149"/>
        <source>Who can open it</source>
        <translation>谁可以领</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="151"/>
        <location filename="../../desktop/wallet/issue_dialog.py" line="123"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="75"/>
        <location filename="../../desktop/wallet/pin_change.py" line="150"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="143"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="193"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="159"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="152"/>
        <source>Put money in the envelope</source>
        <translation>塞钱进红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="160"/>
        <source>Anyone in the group</source>
        <translation>群里所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/dialog_parts.py" line="110"/>
        <source>You hold no currency yet. Issue or join one in the Wallet first.</source>
        <translation>你还没有任何货币。请先在钱包中发行或加入一种货币。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="197"/>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="197"/>
        <source>Amount each</source>
        <translation>单个金额</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="213"/>
        <source>Each share needs at least the smallest unit of %1.</source>
        <translation>每个红包至少要有 %1 的最小单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/dialog_parts.py" line="129"/>
        <source>You have %1 available.</source>
        <translation>你可用的余额为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="100"/>
        <location filename="../../desktop/wallet/issue_dialog.py" line="101"/>
        <location filename="../../desktop/wallet/pane.py" line="164"/>
        <location filename="../../desktop/wallet/pane.py" line="178"/>
        <source>Issue a currency</source>
        <translation>发行货币</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="103"/>
        <source>Meal credits, club tokens, event vouchers: you issue them, and this computer clears every payment. Payments stay pending while it is offline.</source>
        <translation>餐券、社团代币、活动代金券：由你发行，本机清算每一笔付款。本机离线时，付款保持待处理状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="110"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="111"/>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="112"/>
        <source>Decimal places</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="113"/>
        <source>Cap (optional)</source>
        <translation>上限（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="114"/>
        <source>Issue now</source>
        <translation>立即发行</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="118"/>
        <source>Canteen meal credits</source>
        <translation>食堂餐券</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="119"/>
        <source>MEAL</source>
        <translation>MEAL</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="120"/>
        <source>0 to 8 (2 for cents)</source>
        <translation>0 到 8（分为 2）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="121"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="122"/>
        <source>0 (you can issue more later)</source>
        <translation>0（以后可以增发）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="124"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="76"/>
        <source>Issue</source>
        <translation>发行</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="155"/>
        <source>Give the currency a name of 1 to %1 characters.</source>
        <translation>请为货币取一个 1 到 %1 个字符的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="163"/>
        <source>A symbol has 1 to %1 characters and no spaces, like MEAL or ¥.</source>
        <translation>符号为 1 到 %1 个字符，不含空格，例如 MEAL 或 ¥。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="172"/>
        <source>Decimal places is a whole number from 0 to %1.</source>
        <translation>小数位数是 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="184"/>
        <source>You cannot issue more than the cap (%1).</source>
        <translation>发行量不能超过上限（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="212"/>
        <source>%1 %2 to start</source>
        <translation>首次发行 %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="217"/>
        <source>Issue “%1”</source>
        <translation>发行“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/mint_dialog.py" line="60"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="94"/>
        <source>Issue more %1</source>
        <translation>增发 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/mint_dialog.py" line="63"/>
        <source>%1 issued so far. The new money goes to your balance.</source>
        <translation>目前已发行 %1。新发行的钱会计入你的余额。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/mint_dialog.py" line="70"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="86"/>
        <source>The cap allows %1 more.</source>
        <translation>上限还允许再发行 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="159"/>
        <source>Payment PIN…</source>
        <translation>支付密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="161"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="47"/>
        <source>Scan to pay</source>
        <translation>扫码付款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="162"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="116"/>
        <source>Receive</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="168"/>
        <source>My currencies</source>
        <translation>我的货币</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="169"/>
        <source>Offered by friends</source>
        <translation>好友发行的货币</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="171"/>
        <source>No currencies yet</source>
        <translation>还没有货币</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="172"/>
        <source>Issue one for your canteen, club or event, or join one a friend issued: it appears here when their computer meets yours.</source>
        <translation>为你的食堂、社团或活动发行一种货币，或加入好友发行的货币：当对方的电脑与你的电脑相遇时，它会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="121"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="142"/>
        <location filename="../../desktop/wallet/pin_field.py" line="35"/>
        <source>Payment PIN</source>
        <translation>支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="124"/>
        <location filename="../../desktop/wallet/pin_change.py" line="125"/>
        <source>Enter your current payment PIN</source>
        <translation>输入当前支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="126"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="146"/>
        <source>Set a payment PIN</source>
        <translation>设置支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="128"/>
        <source>Enter a new payment PIN</source>
        <translation>输入新的支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="131"/>
        <source>Payment PIN set</source>
        <translation>支付密码已设置</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="133"/>
        <source>Payment PIN changed</source>
        <translation>支付密码已更改</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="137"/>
        <source>To change the PIN, first prove you know the one you have.</source>
        <translation>要更改密码，请先输入现在的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="140"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="148"/>
        <source>Six digits that Hutong asks for before every payment from this computer. Choose one others cannot guess.</source>
        <translation>在本机每次付款前，胡同都会要求输入这 6 位数字。请选择别人猜不到的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="145"/>
        <source>Hutong asks for the new PIN from the next payment on.</source>
        <translation>从下一笔付款起，胡同将要求输入新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="152"/>
        <source>Forgot your PIN?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="155"/>
        <source>A forgotten payment PIN cannot be reset. Hutong has no server that could confirm it is you, and a reset that needs no secret would let anyone at this computer pay with your money. Without the PIN nothing can be paid from this computer; receiving, accepting transfers and grabbing red envelopes still work. If you remember part of it, keep trying: after three wrong PINs each try waits longer, at most a day.</source>
        <translation>忘记的支付密码无法重置。胡同没有服务器来确认是你本人，而不需要任何秘密就能重置，会让任何坐在这台电脑前的人用你的钱付款。没有密码，这台电脑就无法付款；收款、接收转账和抢红包仍然可以。如果你记得一部分，可以继续尝试：输错三次后，每次重试都要等待更久，最长一天。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="214"/>
        <source>The new PIN is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="224"/>
        <source>The two new PINs are not the same. Enter the new PIN again.</source>
        <translation>两次输入的新密码不一致。请重新输入新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="252"/>
        <source>Your payment PIN was changed.</source>
        <translation>你的支付密码已更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="129"/>
        <location filename="../../desktop/wallet/pin_change.py" line="130"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="155"/>
        <source>Enter the new PIN again</source>
        <translation>请再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_dialog.py" line="162"/>
        <source>Enter your 6-digit payment PIN</source>
        <translation>请输入 6 位支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_dialog.py" line="187"/>
        <source>The two PINs are not the same. Start again.</source>
        <translation>两次输入的密码不一致，请重新设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="254"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="196"/>
        <source>Payment PIN set.</source>
        <translation>支付密码已设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="266"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="209"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_lockout.py" line="92"/>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation>密码错误次数过多，请在 %1 后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="117"/>
        <source>Receive money</source>
        <translation>收钱</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="118"/>
        <source>Receive code</source>
        <translation>收款码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="119"/>
        <source>Request a payment</source>
        <translation>请求付款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="120"/>
        <source>Amount (optional)</source>
        <translation>金额（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="123"/>
        <source>What it is for (optional)</source>
        <translation>用途（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="124"/>
        <source>Can be paid for</source>
        <translation>有效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="129"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="130"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="131"/>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="135"/>
        <source>Create request</source>
        <translation>生成付款请求</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="150"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="136"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="221"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="174"/>
        <source>Join or issue a currency first: there is nothing to receive.</source>
        <translation>请先加入或发行一种货币：目前没有可收款的货币。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="195"/>
        <source>Scan with Hutong to pay me in %1</source>
        <translation>用胡同扫一扫，向我支付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="199"/>
        <source>Scan with Hutong to pay me %1</source>
        <translation>用胡同扫一扫，向我支付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="226"/>
        <source>The note is too long for a QR code.</source>
        <translation>备注太长，无法放入二维码。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="235"/>
        <source>Pay me %1. Valid until %2; it can be paid once.</source>
        <translation>向我支付 %1。有效期至 %2，只能支付一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="76"/>
        <source>Checking the payment request…</source>
        <translation>正在验证付款请求…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="80"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="195"/>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="97"/>
        <source>There is no picture on the clipboard.</source>
        <translation>剪贴板上没有图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="115"/>
        <source>This payment code cannot be used. %1</source>
        <translation>无法使用这个付款码。%1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="149"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="199"/>
        <source>Pay %1</source>
        <translation>付款给 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="161"/>
        <source>%1 sent to %2</source>
        <translation>已向 %2 支付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="162"/>
        <source>Pending until the currency&apos;s clearer confirms it; then it is final. You can follow it in Bills.</source>
        <translation>在货币的清算方确认之前为待处理状态，确认后才最终完成。你可以在账单中查看进度。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="49"/>
        <source>Scan a receive code or a payment request. You see who gets paid and how much before you enter your PIN.</source>
        <translation>扫描收款码或付款请求。输入密码之前，你会看到收款人和金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="58"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="233"/>
        <source>Scan with camera</source>
        <translation>用摄像头扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="59"/>
        <source>Hold the code up to your camera</source>
        <translation>把码对准摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="62"/>
        <source>Scan from screen</source>
        <translation>从屏幕扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="63"/>
        <source>Select a QR code shown anywhere on your screen</source>
        <translation>选择屏幕上任意位置显示的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="66"/>
        <source>Open a picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="67"/>
        <source>A QR code saved as an image file</source>
        <translation>保存为图片文件的二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="70"/>
        <source>Paste a picture</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="71"/>
        <source>A QR code image you copied</source>
        <translation>你复制的二维码图片</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="74"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="92"/>
        <source>Paste code text</source>
        <translation>粘贴码文本</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="75"/>
        <source>Text that starts with HUTONG:R1: or HUTONG:P1:</source>
        <translation>以 HUTONG:R1: 或 HUTONG:P1: 开头的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="94"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="193"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="234"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="95"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="171"/>
        <source>This is your own code: scan someone else&apos;s to pay.</source>
        <translation>这是你自己的码：请扫描别人的码来付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="173"/>
        <source>This code is for a currency you do not hold. Ask the payee which currency it is, and join it first.</source>
        <translation>这个码对应一种你没有的货币。请询问收款人是哪种货币，并先加入它。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="179"/>
        <source>You have not joined %1 yet. Join it in the Wallet, then scan again.</source>
        <translation>你还没有加入 %1。请在钱包中加入后再扫描。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="196"/>
        <source>Amount to pay</source>
        <translation>付款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="205"/>
        <source>Payment request · %1 · signed by the payee</source>
        <translation>付款请求 · %1 · 收款人已签名</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="210"/>
        <source>Receive code · %1</source>
        <translation>收款码 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="211"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_reading.py" line="26"/>
        <source>No QR code was found. Make sure the whole code is visible, sharp and not too small.</source>
        <translation>没有找到二维码。请确保整个码清晰可见且不要太小。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_reading.py" line="31"/>
        <source>This QR code is not a Hutong payment code.</source>
        <translation>这个二维码不是胡同付款码。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="16"/>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="17"/>
        <source>Awaiting acceptance</source>
        <translation>待接收</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="18"/>
        <source>Cleared</source>
        <translation>已清算</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="19"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="20"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="26"/>
        <source>Issued</source>
        <translation>发行</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="27"/>
        <source>Withdrawn</source>
        <translation>回收</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="28"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="147"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="160"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="264"/>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="30"/>
        <source>Red envelope received</source>
        <translation>收到红包</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="31"/>
        <source>Red envelope refund</source>
        <translation>红包退款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="38"/>
        <source>Pending: waiting for the currency&apos;s clearer. It is not final until it is cleared.</source>
        <translation>处理中：正在等待货币的清算方。清算完成前不是最终结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="44"/>
        <source>Waiting for you to accept</source>
        <translation>待你收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="45"/>
        <source>Waiting for %1 to accept</source>
        <translation>待 %1 收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="48"/>
        <source>Received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="49"/>
        <source>%1 received it</source>
        <translation>%1 已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="52"/>
        <source>Declined: the money went back</source>
        <translation>已拒收：钱已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="53"/>
        <source>%1 declined it: the money came back to you</source>
        <translation>%1 已拒收：钱已退回给你</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="58"/>
        <source>Returned: not accepted within 24 hours</source>
        <translation>已退回：24 小时内未收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="59"/>
        <source>Not accepted within 24 hours: the money came back to you</source>
        <translation>24 小时内未被接收：钱已退回给你</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="61"/>
        <location filename="../../desktop/wallet/texts.py" line="71"/>
        <source>Refused by the clearer</source>
        <translation>被清算方拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="62"/>
        <source>Not here yet: it arrives when your computers meet</source>
        <translation>尚未送达：在你们的电脑相遇时到达</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="67"/>
        <source>Waiting for the clearer</source>
        <translation>等待清算方</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="68"/>
        <source>Open</source>
        <translation>可领取</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="69"/>
        <source>All shares have been grabbed</source>
        <translation>红包已被领完</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="70"/>
        <source>Expired: the rest went back to the sender</source>
        <translation>已过期：剩余金额已退回发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="82"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="86"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="90"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="148"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="183"/>
        <source>Transfer to %1</source>
        <translation>转账给 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="152"/>
        <source>Add a note (optional)</source>
        <translation>添加备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="154"/>
        <source>%1 accepts it in the chat. If they do not within 24 hours, it comes back to you.</source>
        <translation>%1 在聊天中确认收款。如果 24 小时内未收款，钱将退回给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="265"/>
        <source>Accept</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="266"/>
        <source>Decline and return</source>
        <translation>拒收并退还</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="294"/>
        <source>the payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="315"/>
        <source>Goes back to the payer in %1 if not accepted.</source>
        <translation>如果未收款，将在 %1 后退回给付款人。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="319"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="337"/>
        <source>Accepted. It is final once the clearer records it.</source>
        <translation>已收款。清算方记录后即为最终结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="339"/>
        <source>Declined. The money goes back once the clearer records it.</source>
        <translation>已拒收。清算方记录后钱将退回。</translation>
    </message>
</context>
<context>
    <name>WalletPane</name>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="155"/>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <location filename="../../desktop/contacts/when.py" line="20"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>WindowMenu</name>
    <message>
        <location filename="../../desktop/moments/window_menu.py" line="38"/>
        <source>Friends can see my posts from</source>
        <translation>允许朋友查看朋友圈的范围</translation>
    </message>
</context>
</TS>
