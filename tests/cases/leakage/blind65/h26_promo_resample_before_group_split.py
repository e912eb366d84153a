"""
Promotion take-home.

Only ~11% of reviews lead to a promotion. I upsample the promoted reviews to a 1:2 ratio with
sklearn.utils.resample, then hold out 20% of employees with GroupShuffleSplit.
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
from sklearn.metrics import roc_auc_score, recall_score, precision_score

RS = 99
CAT = ["department", "region", "education", "gender", "recruitment_channel"]
NUM = ["no_of_trainings", "age", "previous_year_rating", "length_of_service", "kpis_met_80",
       "awards_won", "avg_training_score", "manager_rating", "team_size"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, "positive share:", df["promoted"].mean().round(3))

# --- rebalance
pos = df[df["promoted"] == 1]
neg = df[df["promoted"] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 2, random_state=RS)
balanced = pd.concat([neg, pos_up]).reset_index(drop=True)
print("balanced:", balanced["promoted"].value_counts().to_dict())

# --- employee-level hold-out
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RS)
tr_idx, te_idx = next(gss.split(balanced, groups=balanced["employee_id"]))
train, hold = balanced.iloc[tr_idx], balanced.iloc[te_idx]

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
    ])),
    ("gb", GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                      subsample=0.8, random_state=RS)),
])
pipe.fit(train[CAT + NUM], train["promoted"])

p = pipe.predict_proba(hold[CAT + NUM])[:, 1]
pred = (p >= 0.5).astype(int)
print("hold-out ROC AUC : %.3f" % roc_auc_score(hold["promoted"], p))
print("hold-out recall  : %.3f" % recall_score(hold["promoted"], pred))
print("hold-out precision: %.3f" % precision_score(hold["promoted"], pred))

names = pipe.named_steps["prep"].get_feature_names_out()
imp = pd.Series(pipe.named_steps["gb"].feature_importances_, index=names)
print(imp.sort_values(ascending=False).head(10).round(4))

pipe.fit(balanced[CAT + NUM], balanced["promoted"])
pd.DataFrame({"review_id": sub["review_id"],
              "prediction": pipe.predict_proba(sub[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
