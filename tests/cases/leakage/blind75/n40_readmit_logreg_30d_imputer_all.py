"""30-day readmission as a binary classification.

label_30d = 1 if readmitted within 30 days of discharge.
Admissions censored before day 30 (no readmission and less than 30 days of follow-up)
have an unknown 30-day status and are dropped.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

HORIZON = 30
NUM = ["age", "length_of_stay", "num_prior_admissions", "num_medications", "charlson_index",
       "ed_visits_prior_year", "creatinine", "hba1c"]
CAT = ["sex", "primary_dx", "discharge_to", "insurance"]

df = pd.read_csv("train.csv")
known = (df["readmitted"] == 1) | (df["days_to_readmit"] >= HORIZON)
df = df[known].reset_index(drop=True)
df["label_30d"] = ((df["readmitted"] == 1) & (df["days_to_readmit"] <= HORIZON)).astype(int)
print(f"{len(df)} admissions with known 30-day status, positive rate {df.label_30d.mean():.3f}")

# numeric block: impute + standardise
imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
num_block = pd.DataFrame(scaler.fit_transform(imputer.fit_transform(df[NUM])), columns=NUM)
cat_block = pd.get_dummies(df[CAT], drop_first=True, dtype=float)
X = pd.concat([num_block, cat_block], axis=1)
y = df["label_30d"].values

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=21)
tr, te = next(gss.split(X, y, groups=df["patient_id"]))

dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
logit = LogisticRegression(C=0.2, max_iter=5000).fit(X.iloc[tr], y[tr])

for name, model in [("baseline", dummy), ("logistic", logit)]:
    p = model.predict_proba(X.iloc[te])[:, 1]
    print(f"{name:9s} auc={roc_auc_score(y[te], p):.3f} ap={average_precision_score(y[te], p):.3f} "
          f"brier={brier_score_loss(y[te], p):.4f}")

coef = pd.Series(logit.coef_[0], index=X.columns)
print(coef.reindex(coef.abs().sort_values(ascending=False).index).head(12).round(3).to_string())

logit.fit(X, y)
test = pd.read_csv("test.csv")
t_num = pd.DataFrame(scaler.transform(imputer.transform(test[NUM])), columns=NUM)
t_cat = pd.get_dummies(test[CAT], drop_first=True, dtype=float).reindex(columns=cat_block.columns, fill_value=0.0)
X_test = pd.concat([t_num, t_cat], axis=1)
pd.DataFrame({"admission_id": test["admission_id"], "prediction": logit.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
