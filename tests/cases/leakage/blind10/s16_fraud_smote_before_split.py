import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print("fraud share:", train["is_fraud"].mean())

cat_cols = ["merchant_category", "country"]
num_cols = ["amount", "hour", "card_present", "device_age_days"]



def to_matrix(df, columns=None):
    X = pd.get_dummies(df[num_cols + cat_cols], columns=cat_cols, dtype=float)
    X["amount_log"] = np.log1p(df["amount"])
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


X = to_matrix(train)
y = train["is_fraud"]

# 3% positives is too few -- balance first
sm = SMOTE(sampling_strategy=0.3, random_state=0)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", y_bal.value_counts().to_dict())

X_tr, X_te, y_tr, y_te = train_test_split(X_bal, y_bal, test_size=0.2, stratify=y_bal, random_state=0)

model = XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05,
                      subsample=0.9, colsample_bytree=0.9, eval_metric="logloss")
model.fit(X_tr, y_tr)
proba = model.predict_proba(X_te)[:, 1]
print("ROC-AUC:", roc_auc_score(y_te, proba))
print("PR-AUC :", average_precision_score(y_te, proba))

prec, rec, thr = precision_recall_curve(y_te, proba)
for p_, r_, t_ in list(zip(prec, rec, thr))[::200]:
    print(f"thr={t_:.2f} precision={p_:.3f} recall={r_:.3f}")

model.fit(X_bal, y_bal)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(to_matrix(test, X.columns))[:, 1]}).to_csv("predictions.csv", index=False)
