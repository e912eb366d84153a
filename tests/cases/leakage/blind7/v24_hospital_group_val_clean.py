"""Long stay (> 7 days) prediction at admission time.

Patients come back, so every split is made on patient_id: a patient's
admissions are all in train, all in validation, or all in test.
"""
import category_encoders as ce
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET, GROUP, ID = "long_stay", "patient_id", "admission_id"
AFTER_DISCHARGE = ["discharge_summary_len", "total_bill"]  # only known once the stay is over
NUM = ["age", "bmi", "comorbidity_count", "num_prior_admissions"]
CAT = ["sex", "admission_type", "diagnosis_group", "ward"]

df = pd.read_csv("train.csv").drop(columns=AFTER_DISCHARGE)
print(df.shape, df[GROUP].nunique(), "patients")
print(df[TARGET].mean())
print(df.groupby("admission_type")[TARGET].mean())


def group_split(frame, size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=size, random_state=seed)
    a, b = next(gss.split(frame, groups=frame[GROUP]))
    return frame.iloc[a], frame.iloc[b]


train, test = group_split(df, 0.2, 0)
fit, val = group_split(train, 0.25, 1)
assert not set(fit[GROUP]) & set(val[GROUP])
assert not set(train[GROUP]) & set(test[GROUP])


def make(model, scale):
    num_steps = [("imp", SimpleImputer(strategy="median"))] + ([("sc", StandardScaler())] if scale else [])
    pre = ColumnTransformer([
        ("num", Pipeline(num_steps), NUM),
        ("cat", ce.TargetEncoder(cols=CAT, smoothing=10.0), CAT),
    ])
    return Pipeline([("pre", pre), ("model", model)])


options = {
    "logistic": lambda: make(LogisticRegression(max_iter=2000, class_weight="balanced"), True),
    "forest": lambda: make(RandomForestClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=0), False),
}

print("validation (fit -> val):")
val_auc = {}
for name, build in options.items():
    m = build().fit(fit[NUM + CAT], fit[TARGET])
    val_auc[name] = roc_auc_score(val[TARGET], m.predict_proba(val[NUM + CAT])[:, 1])
    print(f"  {name}: ROC-AUC {val_auc[name]:.4f}")
choice = max(val_auc, key=val_auc.get)

model = options[choice]().fit(train[NUM + CAT], train[TARGET])
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(train[NUM + CAT], train[TARGET])
proba = model.predict_proba(test[NUM + CAT])[:, 1]
print(f"test ({choice}): ROC-AUC {roc_auc_score(test[TARGET], proba):.4f} "
      f"PR-AUC {average_precision_score(test[TARGET], proba):.4f} "
      f"F1@0.5 {f1_score(test[TARGET], (proba >= 0.5).astype(int)):.4f}")
print(f"test (dummy):  ROC-AUC {roc_auc_score(test[TARGET], dummy.predict_proba(test[NUM + CAT])[:, 1]):.4f} "
      f"F1 {f1_score(test[TARGET], dummy.predict(test[NUM + CAT])):.4f}")

# refit on every labelled admission for the submission
model = options[choice]().fit(df[NUM + CAT], df[TARGET])
sub = pd.read_csv("test.csv")
pd.DataFrame({ID: sub[ID], "prediction": model.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
