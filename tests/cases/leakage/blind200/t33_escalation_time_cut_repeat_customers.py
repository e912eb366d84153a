"""
Ticket escalation model.

Will a new support ticket be escalated to tier 2?  Text of the first message
plus a few ticket attributes.  Evaluated on the most recent two months so the
score reflects how the model would do on tickets it has not seen yet.

tickets_escalation.csv: ticket_id, customer_id, created_at, plan, channel,
                        first_message, attachments, escalated
"""
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

df = pd.read_csv("tickets_escalation.csv", parse_dates=["created_at"])
df = df.sort_values("created_at")

print(df.shape, "escalation rate:", round(df["escalated"].mean(), 3))
per_customer = df.groupby("customer_id").size()
print("customers:", per_customer.shape[0])
print("tickets per customer:\n", per_customer.describe())
print("share of tickets from customers with 5+ tickets:",
      round(per_customer[per_customer >= 5].sum() / len(df), 3))

df["first_message"] = df["first_message"].fillna("")
df["msg_len"] = df["first_message"].str.len().clip(upper=5000)
df["has_attachment"] = (df["attachments"] > 0).astype(int)
df["hour"] = df["created_at"].dt.hour

cols = ["first_message", "plan", "channel", "msg_len", "has_attachment", "hour"]

cutoff = df["created_at"].max() - pd.DateOffset(months=2)
train = df[df["created_at"] <= cutoff]
test = df[df["created_at"] > cutoff]
print(f"train: {len(train)} tickets up to {cutoff.date()}, test: {len(test)} tickets")

features = make_column_transformer(
    (TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True), "first_message"),
    (OneHotEncoder(handle_unknown="ignore"), ["plan", "channel", "hour"]),
    ("passthrough", ["msg_len", "has_attachment"]),
)
model = make_pipeline(features, LogisticRegression(max_iter=3000, C=0.8, class_weight="balanced"))
model.fit(train[cols], train["escalated"])
scores = model.predict_proba(test[cols])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(train[cols], train["escalated"])
base_scores = baseline.predict_proba(test[cols])[:, 1]

print("baseline   ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(test["escalated"], base_scores),
                                                average_precision_score(test["escalated"], base_scores)))
print("tfidf+LR   ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(test["escalated"], scores),
                                                average_precision_score(test["escalated"], scores)))

# precision at the top 10% of the queue, which is what tier 2 can look at
k = int(0.1 * len(test))
top_k = test.assign(score=scores).nlargest(k, "score")
print("precision@10%:", round(top_k["escalated"].mean(), 3))
