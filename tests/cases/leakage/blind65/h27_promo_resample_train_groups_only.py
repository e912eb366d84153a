"""
Promotion take-home.

Only ~11% of reviews lead to a promotion. I hold out 20% of employees with GroupShuffleSplit
first, then upsample the promoted reviews of the *training* employees to a 1:2 ratio with
sklearn.utils.resample. The hold-out keeps its natural class balance.
"""
import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import GroupShuffleSplit
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, recall_score, precision_score, average_precision_score

RS = 99
CAT = ["department", "region", "education", "gender", "recruitment_channel"]
NUM = ["no_of_trainings", "age", "previous_year_rating", "length_of_service", "kpis_met_80",
       "awards_won", "avg_training_score", "manager_rating", "team_size"]


def upsample(frame):
    pos = frame[frame["promoted"] == 1]
    neg = frame[frame["promoted"] == 0]
    pos_up = resample(pos, replace=True, n_samples=len(neg) // 2, random_state=RS)
    return pd.concat([neg, pos_up]).reset_index(drop=True)


def make_pipe():
    return Pipeline([
        ("prep", ColumnTransformer([
            ("num", SimpleImputer(strategy="median"), NUM),
            ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                              ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
        ])),
        ("gb", GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                          subsample=0.8, random_state=RS)),
    ])


df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, "positive share:", df["promoted"].mean().round(3))

# --- employee-level hold-out first
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RS)
tr_idx, te_idx = next(gss.split(df, groups=df["employee_id"]))
train, hold = df.iloc[tr_idx], df.iloc[te_idx]

train_bal = upsample(train)
print("training after upsampling:", train_bal["promoted"].value_counts().to_dict())
print("hold-out (untouched):", hold["promoted"].value_counts().to_dict())

pipe = make_pipe().fit(train_bal[CAT + NUM], train_bal["promoted"])
p = pipe.predict_proba(hold[CAT + NUM])[:, 1]
pred = (p >= 0.5).astype(int)

dummy = DummyClassifier(strategy="prior").fit(train[CAT + NUM], train["promoted"])
p0 = dummy.predict_proba(hold[CAT + NUM])[:, 1]

print("hold-out ROC AUC  : %.3f (baseline %.3f)" % (roc_auc_score(hold["promoted"], p),
                                                    roc_auc_score(hold["promoted"], p0)))
print("hold-out PR AUC   : %.3f (baseline %.3f)" % (average_precision_score(hold["promoted"], p),
                                                    average_precision_score(hold["promoted"], p0)))
print("hold-out recall   : %.3f" % recall_score(hold["promoted"], pred))
print("hold-out precision: %.3f" % precision_score(hold["promoted"], pred))

# upsampling inflates predicted probabilities; the ranking is what matters for the review panel
full_bal = upsample(df)
pipe = make_pipe().fit(full_bal[CAT + NUM], full_bal["promoted"])
pd.DataFrame({"review_id": sub["review_id"],
              "prediction": pipe.predict_proba(sub[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
