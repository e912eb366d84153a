"""Sleep Health & Lifestyle: predict whether a person has a sleep disorder.

Level-1 stacking: out-of-fold predictions of three base models (each fitted on the
other folds only) feed a logistic-regression meta model. The test split is scored once.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.base import clone
from sklearn.metrics import roc_auc_score, accuracy_score, f1_score

SEED = 17

df = pd.read_csv("Sleep_health_and_lifestyle_dataset.csv")
print(df.shape)
print(df["Sleep Disorder"].value_counts(dropna=False))

df["disorder"] = df["Sleep Disorder"].notna() & (df["Sleep Disorder"] != "None")
df["disorder"] = df["disorder"].astype(int)
bp = df["Blood Pressure"].str.split("/", expand=True).astype(int)
df["systolic"], df["diastolic"] = bp[0], bp[1]
df["BMI Category"] = df["BMI Category"].replace({"Normal Weight": "Normal"})
df = pd.get_dummies(df, columns=["Gender", "Occupation", "BMI Category"], drop_first=True)
X = df.drop(columns=["Person ID", "Sleep Disorder", "Blood Pressure", "disorder"]).astype(float)
y = df["disorder"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)
X_train, X_test = X_train.reset_index(drop=True), X_test.reset_index(drop=True)
y_train, y_test = y_train.reset_index(drop=True), y_test.reset_index(drop=True)

base_models = {
    "lr": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=11)),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=3, random_state=SEED),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros((len(X_train), len(base_models)))
test_meta = np.zeros((len(X_test), len(base_models)))

for j, (name, model) in enumerate(base_models.items()):
    fold_test = []
    for tr_idx, va_idx in skf.split(X_train, y_train):
        m = clone(model).fit(X_train.iloc[tr_idx], y_train.iloc[tr_idx])
        oof[va_idx, j] = m.predict_proba(X_train.iloc[va_idx])[:, 1]
        fold_test.append(m.predict_proba(X_test)[:, 1])
    test_meta[:, j] = np.mean(fold_test, axis=0)
    print(f"{name}: OOF AUC {roc_auc_score(y_train, oof[:, j]):.4f}")

meta = LogisticRegression(C=1.0)
meta_cv = []
for tr_idx, va_idx in skf.split(oof, y_train):
    mm = clone(meta).fit(oof[tr_idx], y_train.iloc[tr_idx])
    meta_cv.append(roc_auc_score(y_train.iloc[va_idx], mm.predict_proba(oof[va_idx])[:, 1]))
print("meta model CV AUC on OOF features: %.4f" % np.mean(meta_cv))

meta.fit(oof, y_train)
proba = meta.predict_proba(test_meta)[:, 1]
print("stacked TEST AUC: %.4f" % roc_auc_score(y_test, proba))
print("stacked TEST accuracy: %.4f  F1: %.4f" % (accuracy_score(y_test, proba > 0.5), f1_score(y_test, proba > 0.5)))
print("meta weights:", dict(zip(base_models, meta.coef_[0].round(3))))
