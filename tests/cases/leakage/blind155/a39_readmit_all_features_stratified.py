# Readmission within 30 days - random forest on every recorded encounter field.
# Validation: my own stratified 5-fold (keeps the 12% readmission share in every fold).
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.dtypes)
print(df[TARGET].mean())

cat_cols = ["gender", "admission_type", "primary_diagnosis", "insurance"]
X = pd.get_dummies(df.drop(columns=[TARGET, "encounter_id", "patient_id"]), columns=cat_cols, dtype=int)
X_test = pd.get_dummies(test.drop(columns=["encounter_id", "patient_id"]), columns=cat_cols, dtype=int)
X_test = X_test.reindex(columns=X.columns, fill_value=0)
y = df[TARGET].to_numpy()
print(X.shape, list(X.columns)[:12])


def stratified_kfold(labels, n_splits=5, seed=1):
    rng = np.random.RandomState(seed)
    pos = rng.permutation(np.where(labels == 1)[0])
    neg = rng.permutation(np.where(labels == 0)[0])
    pos_parts = np.array_split(pos, n_splits)
    neg_parts = np.array_split(neg, n_splits)
    for k in range(n_splits):
        test_idx = np.concatenate([pos_parts[k], neg_parts[k]])
        train_idx = np.setdiff1d(np.arange(len(labels)), test_idx)
        yield train_idx, test_idx


aucs, f1s, base_aucs = [], [], []
for tr, te in stratified_kfold(y):
    rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, class_weight="balanced",
                                n_jobs=-1, random_state=0)
    rf.fit(X.iloc[tr], y[tr])
    proba = rf.predict_proba(X.iloc[te])[:, 1]
    aucs.append(roc_auc_score(y[te], proba))
    f1s.append(f1_score(y[te], (proba > 0.5).astype(int)))
    dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X.iloc[tr], y[tr])
    base_aucs.append(roc_auc_score(y[te], dummy.predict_proba(X.iloc[te])[:, 1]))

print("RF       ROC AUC %.4f  F1 %.4f" % (np.mean(aucs), np.mean(f1s)))
print("baseline ROC AUC %.4f" % np.mean(base_aucs))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, class_weight="balanced",
                            n_jobs=-1, random_state=0).fit(X, y)
top = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(10)
print(top)
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
