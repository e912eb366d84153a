"""Missed-next-assignment classifier.

Positives are rare (~11%). Validation = the last weeks of the training period;
SMOTE is applied to the earlier (training) weeks only.
"""
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

FEATURES = ["week_of_course", "n_clicks", "n_sessions", "minutes_active", "resource_views",
            "forum_posts", "quiz_attempts", "days_since_last_login",
            "prev_assignment_score", "prev_submitted_late"]
TARGET = "missed_next_assignment"

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df["prev_assignment_score"] = df["prev_assignment_score"].fillna(-1)   # first assignment: no previous
df["clicks_per_session"] = df["n_clicks"] / df["n_sessions"].clip(lower=1)
FEATURES = FEATURES + ["clicks_per_session"]

weeks = sorted(df["week_start"].unique())
valid_weeks = weeks[-4:]
train_df = df[df["week_start"] < valid_weeks[0]]
valid_df = df[df["week_start"] >= valid_weeks[0]]
print(f"train until {pd.Timestamp(valid_weeks[0]).date()}: {len(train_df)} rows, valid: {len(valid_df)} rows")

X_train, y_train = train_df[FEATURES].fillna(0), train_df[TARGET]
X_valid, y_valid = valid_df[FEATURES].fillna(0), valid_df[TARGET]

X_res, y_res = SMOTE(random_state=3, k_neighbors=5).fit_resample(X_train, y_train)
print("train after SMOTE:", y_res.value_counts().to_dict())

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                subsample=0.8, random_state=3)
gb.fit(X_res, y_res)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, model in [("dummy", dummy), ("gboost+smote", gb)]:
    p = model.predict_proba(X_valid)[:, 1]
    print(f"{name:<13} ROC-AUC {roc_auc_score(y_valid, p):.3f}  AP {average_precision_score(y_valid, p):.3f}")

print(classification_report(y_valid, (gb.predict_proba(X_valid)[:, 1] > 0.5).astype(int), digits=3))

# final model: all labelled weeks, oversampled
X_all, y_all = SMOTE(random_state=3).fit_resample(df[FEATURES].fillna(0), df[TARGET])
gb.fit(X_all, y_all)
test = pd.read_csv("test.csv", parse_dates=["week_start"])
test["prev_assignment_score"] = test["prev_assignment_score"].fillna(-1)
test["clicks_per_session"] = test["n_clicks"] / test["n_sessions"].clip(lower=1)
pd.DataFrame({"row_id": test["row_id"],
              "prediction": gb.predict_proba(test[FEATURES].fillna(0))[:, 1]}
             ).to_csv("predictions.csv", index=False)
