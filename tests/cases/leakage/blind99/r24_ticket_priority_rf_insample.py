"""Support ticket priority (low / normal / high / urgent) - random forest.

Quick model for the triage team: which fields drive the priority an agent assigns?
"""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, accuracy_score, f1_score

df = pd.read_csv("train.csv", parse_dates=["created_at"])
print(df.shape)
print(df["priority"].value_counts(normalize=True).round(3))

df["hour"] = df["created_at"].dt.hour
df["weekday"] = df["created_at"].dt.dayofweek
df["subject_len"] = df["subject"].fillna("").str.len()
df["subject_has_down"] = df["subject"].fillna("").str.lower().str.contains("down|outage|cannot login").astype(int)
df["body_length"] = df["body_length"].fillna(0)

X = pd.get_dummies(
    df[["channel", "product_area", "customer_tier", "account_seats", "body_length", "n_attachments",
        "has_error_code", "hour", "weekday", "subject_len", "subject_has_down"]],
    columns=["channel", "product_area", "customer_tier"], dtype=int,
)
y = df["priority"]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, class_weight="balanced", n_jobs=-1, random_state=0)
rf.fit(X, y)
pred = rf.predict(X)

majority = y.value_counts().idxmax()
print(f"majority-class baseline ({majority}): accuracy {accuracy_score(y, [majority] * len(y)):.3f}, "
      f"macro-F1 {f1_score(y, [majority] * len(y), average='macro'):.3f}")
print(f"random forest: accuracy {accuracy_score(y, pred):.3f}, macro-F1 {f1_score(y, pred, average='macro'):.3f}")
print(classification_report(y, pred, digits=3))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))

test = pd.read_csv("test.csv", parse_dates=["created_at"])
test["hour"] = test["created_at"].dt.hour
test["weekday"] = test["created_at"].dt.dayofweek
test["subject_len"] = test["subject"].fillna("").str.len()
test["subject_has_down"] = test["subject"].fillna("").str.lower().str.contains("down|outage|cannot login").astype(int)
test["body_length"] = test["body_length"].fillna(0)
X_test = pd.get_dummies(test[["channel", "product_area", "customer_tier", "account_seats", "body_length",
                              "n_attachments", "has_error_code", "hour", "weekday", "subject_len", "subject_has_down"]],
                        columns=["channel", "product_area", "customer_tier"], dtype=int).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": rf.predict(X_test)}).to_csv("predictions.csv", index=False)
