# 30-day readmission: regularised logistic regression (interpretable baseline-grade model)
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegressionCV
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
target = df.pop("readmitted_30d")
patients = df["patient_id"]

NUM = ["los_days", "num_lab_procedures", "num_procedures", "num_medications", "num_diagnoses",
       "prior_inpatient", "prior_emergency", "prior_outpatient"]
CAT = ["age_band", "gender", "admission_type", "admission_source", "primary_diagnosis",
       "a1c_result", "max_glu_serum", "insulin", "change_in_meds", "discharge_disposition"]

num = df[NUM].copy()
num["log_los"] = np.log1p(num["los_days"])
num["any_prior_inpatient"] = (num["prior_inpatient"] > 0).astype(float)

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
num_scaled = pd.DataFrame(scaler.fit_transform(imputer.fit_transform(num)), columns=num.columns, index=df.index)

cat = pd.get_dummies(df[CAT].fillna("missing"), drop_first=True, dtype=float)
X = pd.concat([num_scaled, cat], axis=1)
print("X:", X.shape)

split = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=99)
train_idx, test_idx = next(split.split(X, target, groups=patients))
X_tr, X_te = X.iloc[train_idx], X.iloc[test_idx]
y_tr, y_te = target.iloc[train_idx], target.iloc[test_idx]

logit = LogisticRegressionCV(Cs=12, cv=5, penalty="l2", scoring="roc_auc", max_iter=3000, class_weight="balanced")
logit.fit(X_tr, y_tr)
prob = logit.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy    AUC %.4f AP %.4f" % (roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]),
                                     average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1])))
print("logistic AUC %.4f AP %.4f F1@0.5 %.4f" % (roc_auc_score(y_te, prob), average_precision_score(y_te, prob),
                                                 f1_score(y_te, prob > 0.5)))

coef = pd.Series(logit.coef_[0], index=X.columns).sort_values()
print(coef.head(8))
print(coef.tail(8))
