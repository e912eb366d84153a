# Playground Series S4E10 - Loan Approval Prediction
# category_encoders TargetEncoder + LightGBM, 5-fold stratified CV

import numpy as np
import pandas as pd
import lightgbm as lgb
import category_encoders as ce
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score

SEED = 2024
N_SPLITS = 5

train = pd.read_csv("/kaggle/input/playground-series-s4e10/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s4e10/test.csv")
orig = pd.read_csv("/kaggle/input/credit-risk-dataset/credit_risk_dataset.csv")

# the original credit risk data has the same columns; add it to the training rows
orig = orig.dropna().reset_index(drop=True)
train = pd.concat([train.drop(columns="id"), orig], ignore_index=True)
print(train.shape, test.shape)

TARGET = "loan_status"
CATS = ["person_home_ownership", "loan_intent", "loan_grade", "cb_person_default_on_file"]


def add_features(df):
    df = df.copy()
    df["loan_to_income"] = df["loan_amnt"] / df["person_income"]
    df["int_x_pct"] = df["loan_int_rate"] * df["loan_percent_income"]
    df["age_minus_hist"] = df["person_age"] - df["cb_person_cred_hist_length"]
    df["grade_intent"] = df["loan_grade"] + "_" + df["loan_intent"]
    df["home_grade"] = df["person_home_ownership"] + "_" + df["loan_grade"]
    return df


train = add_features(train)
test = add_features(test)
CATS = CATS + ["grade_intent", "home_grade"]

y = train[TARGET].values
X = train.drop(columns=[TARGET])

encoder = ce.TargetEncoder(cols=CATS, smoothing=20, min_samples_leaf=50)
X = encoder.fit_transform(X, y)
X_test = encoder.transform(test.drop(columns="id"))
print(X[CATS].head())

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.03,
    "num_leaves": 48,
    "min_child_samples": 40,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "verbose": -1,
    "seed": SEED,
}

skf = StratifiedKFold(n_splits=N_SPLITS, shuffle=True, random_state=SEED)
oof = np.zeros(len(X))
test_pred = np.zeros(len(X_test))
fold_auc = []

for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
    model = lgb.LGBMClassifier(n_estimators=1500, **params)
    model.fit(X.iloc[tr_idx], y[tr_idx])
    oof[va_idx] = model.predict_proba(X.iloc[va_idx])[:, 1]
    test_pred += model.predict_proba(X_test)[:, 1] / N_SPLITS
    fold_auc.append(roc_auc_score(y[va_idx], oof[va_idx]))
    print(f"Fold {fold + 1}: AUC = {fold_auc[-1]:.5f}")

print(f"Mean fold AUC: {np.mean(fold_auc):.5f} +- {np.std(fold_auc):.5f}")
print(f"OOF AUC      : {roc_auc_score(y, oof):.5f}")

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)

sub = pd.DataFrame({"id": test["id"], TARGET: test_pred})
sub.to_csv("submission.csv", index=False)
print(sub.head())
