import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("train.csv")
print(df.shape)
print(df.long_stay.value_counts(normalize=True))
print(df.isna().sum())
print(df.groupby("admission_type").long_stay.mean())
print(df.groupby("patient_id").size().describe())  # repeat patients
print(df[["age", "bmi", "comorbidity_count"]].describe().T)

# post-discharge info, can't use it
df = df.drop(columns=["discharge_summary_len", "total_bill"])

y = df["long_stay"]
X = df.drop(columns=["long_stay", "admission_id", "patient_id"])
X = pd.get_dummies(X, columns=["sex", "admission_type", "diagnosis_group", "ward"], dtype=float)
X["age_bucket"] = (X["age"] // 10).clip(upper=9)
X["multi_morbid"] = (X["comorbidity_count"] >= 3).astype(float)
cols = X.columns
print(X.shape)

# fill the gaps (bmi mostly)
imputer = SimpleImputer(strategy="median")
X = pd.DataFrame(imputer.fit_transform(X), columns=cols)

# keep the 15 most informative columns
selector = SelectKBest(mutual_info_classif, k=15)
X_sel = selector.fit_transform(X, y)
kept = cols[selector.get_support()]
print("kept:", list(kept))

model = GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3, random_state=0)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
auc = cross_val_score(model, X_sel, y, cv=cv, scoring="roc_auc")
ap = cross_val_score(model, X_sel, y, cv=cv, scoring="average_precision")
print("ROC-AUC %.4f +- %.4f" % (auc.mean(), auc.std()))
print("PR-AUC  %.4f +- %.4f" % (ap.mean(), ap.std()))

# print("CV done")
# model = RandomForestClassifier(n_estimators=300)  # slower, similar AUC
model.fit(X_sel, y)
print(pd.Series(model.feature_importances_, index=kept).sort_values(ascending=False))

test = pd.read_csv("test.csv")
T = test.drop(columns=["admission_id", "patient_id"] + [c for c in ["discharge_summary_len", "total_bill"] if c in test.columns])
T = pd.get_dummies(T, columns=["sex", "admission_type", "diagnosis_group", "ward"], dtype=float)
T["age_bucket"] = (T["age"] // 10).clip(upper=9)
T["multi_morbid"] = (T["comorbidity_count"] >= 3).astype(float)
T = T.reindex(columns=cols, fill_value=0)
T = pd.DataFrame(imputer.transform(T), columns=cols)
pred = model.predict_proba(selector.transform(T))[:, 1]
pd.DataFrame({"admission_id": test["admission_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
