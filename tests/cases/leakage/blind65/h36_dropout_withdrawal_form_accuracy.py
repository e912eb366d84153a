# Dropout prediction - decision tree ensemble, out-of-time evaluation on new students
import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["term_start"])
test = pd.read_csv("test.csv", parse_dates=["term_start"])

print(df.info())
print(df.describe().T)

# binary flags are stored as Y/N strings in the export
yn_cols = ["first_gen", "pell_eligible", "withdrawal_form_filed"]
for frame in (df, test):
    for c in yn_cols:
        if frame[c].dtype == object:
            frame[c] = (frame[c] == "Y").astype(int)
    frame["credit_completion"] = frame["credits_earned"] / frame["credits_attempted"].clip(lower=1)
    frame["balance_flag"] = (frame["unpaid_balance"] > 500).astype(int)
    frame["low_gpa"] = (frame["term_gpa"] < 2.0).astype(int)
    frame[["term_gpa", "cum_gpa", "lms_logins"]] = frame[["term_gpa", "cum_gpa", "lms_logins"]].fillna(-1)

features = ["term_number", "age_at_entry", "first_gen", "pell_eligible", "financial_aid_amount",
            "credits_attempted", "credits_earned", "term_gpa", "cum_gpa", "lms_logins",
            "absences", "advisor_meetings", "unpaid_balance", "withdrawal_form_filed",
            "credit_completion", "balance_flag", "low_gpa"]

# train on everything before Fall 2022; evaluate on students who first show up after that
cut = pd.Timestamp("2022-08-01")
train = df[df.term_start < cut]
evaluation = df[df.term_start >= cut]
evaluation = evaluation[~evaluation.student_id.isin(train.student_id.unique())]
print("train", train.shape, "eval", evaluation.shape)

clf = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=3, max_features=0.5,
                           class_weight="balanced", random_state=3, n_jobs=-1)
clf.fit(train[features], train.dropped_out)

train_acc = accuracy_score(train.dropped_out, clf.predict(train[features]))
eval_acc = accuracy_score(evaluation.dropped_out, clf.predict(evaluation[features]))
print(f"train accuracy: {train_acc:.3f}")
print(f"evaluation accuracy: {eval_acc:.3f}")

ranking = pd.Series(clf.feature_importances_, index=features).sort_values(ascending=False)
print(ranking)

clf.fit(df[features], df.dropped_out)
pd.DataFrame({"record_id": test.record_id,
              "prediction": clf.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
