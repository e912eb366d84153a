"""Promotion model (annual review data).

Department x region has ~150 combinations, too many to one-hot on ~3k reviews, so I
target-encode it. The encoding is learned on the training employees only, then applied to the
held-out employees (GroupShuffleSplit on employee_id, so nobody is on both sides).
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

SEED = 17
SMOOTH = 30

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

for frame in (df, test):
    frame["dept_region"] = frame["department"].astype(str) + "|" + frame["region"].astype(str)
    frame["previous_year_rating"] = frame["previous_year_rating"].fillna(0)
    frame["is_referred"] = (frame["recruitment_channel"] == "referred").astype(int)
    frame["masters_plus"] = frame["education"].fillna("").str.contains("Master").astype(int)


def target_encode(train_part, col):
    prior = train_part["promoted"].mean()
    st = train_part.groupby(col)["promoted"].agg(["sum", "count"])
    return (st["sum"] + SMOOTH * prior) / (st["count"] + SMOOTH), prior


def add_encodings(train_part, other_parts):
    for col in ["dept_region", "department"]:
        enc, prior = target_encode(train_part, col)
        for part in [train_part] + other_parts:
            part[col + "_te"] = part[col].map(enc).fillna(prior)
    return [train_part] + other_parts


NUM = ["review_year", "no_of_trainings", "age", "previous_year_rating", "length_of_service",
       "kpis_met_80", "awards_won", "avg_training_score", "manager_rating", "team_size",
       "is_referred", "masters_plus"]
FEATURES = NUM + ["dept_region_te", "department_te"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=SEED)
tr_idx, ho_idx = next(gss.split(df, df["promoted"], groups=df["employee_id"]))
tr, ho = df.iloc[tr_idx].copy(), df.iloc[ho_idx].copy()
assert not set(tr["employee_id"]) & set(ho["employee_id"])
tr, ho = add_encodings(tr, [ho])

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, class_weight="balanced_subsample",
                            random_state=SEED, n_jobs=-1)
rf.fit(tr[FEATURES], tr["promoted"])
p = rf.predict_proba(ho[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["promoted"])
pd_ = dummy.predict_proba(ho[FEATURES])[:, 1]

print("ROC AUC   model %.3f | baseline %.3f" % (roc_auc_score(ho["promoted"], p),
                                                roc_auc_score(ho["promoted"], pd_)))
print("PR AUC    model %.3f | baseline %.3f" % (average_precision_score(ho["promoted"], p),
                                                average_precision_score(ho["promoted"], pd_)))
print("F1 @0.5   model %.3f" % f1_score(ho["promoted"], (p >= 0.5).astype(int)))

imp = pd.Series(rf.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.round(4))

# submission: encodings and forest re-learned on every labelled review
full, test = add_encodings(df.copy(), [test])
rf.fit(full[FEATURES], full["promoted"])
pd.DataFrame({"review_id": test["review_id"],
              "prediction": rf.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
