"""
Readmission -- penalised logistic regression, chronological patient-disjoint holdout.

Reported metric: accuracy of the 0.5-threshold decision, with a Wilson interval,
next to the majority-class rule ("nobody is readmitted").
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from statsmodels.stats.proportion import proportion_confint

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv", parse_dates=["admit_date"]).sort_values("admit_date")
print(df[TARGET].value_counts(normalize=True))

NUM = ["age", "n_prior_stays", "los_days"]
CAT = ["diagnosis_group", "discharge_to"]

cut = pd.Timestamp(df.admit_date.quantile(0.8)).normalize()
train = df[df.admit_date < cut]
test = df[(df.admit_date >= cut) & ~df.patient_id.isin(train.patient_id)]
print("cut:", cut.date(), "| train", len(train), "| test", len(test))

pipe = Pipeline([
    ("pre", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])),
    ("lr", LogisticRegression(C=0.5, penalty="l2", max_iter=2000)),
])
pipe.fit(train[NUM + CAT], train[TARGET])

pred = pipe.predict(test[NUM + CAT])
y = test[TARGET].to_numpy()

acc = accuracy_score(y, pred)
lo, hi = proportion_confint((pred == y).sum(), len(y), alpha=0.05, method="wilson")
acc_majority = accuracy_score(y, np.zeros_like(y))
print(f"model accuracy     {acc:.4f}  [{lo:.4f}, {hi:.4f}]")
print(f"majority rule      {acc_majority:.4f}")

coef = pd.Series(pipe["lr"].coef_.ravel(), index=pipe["pre"].get_feature_names_out())
print(coef.sort_values().round(3))
