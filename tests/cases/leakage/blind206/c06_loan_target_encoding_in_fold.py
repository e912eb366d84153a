"""
Playground S4E10 - Loan Approval Prediction (ROC AUC)
LightGBM, smoothed mean encodings for the categoricals, original
credit_risk_dataset appended, 5 folds x 3 seeds.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

INPUT = "/kaggle/input"
TARGET = "loan_status"
SEEDS = [7, 42, 1234]
N_SPLITS = 5

train = pd.read_csv(f"{INPUT}/playground-series-s4e10/train.csv")
test = pd.read_csv(f"{INPUT}/playground-series-s4e10/test.csv")
orig = pd.read_csv(f"{INPUT}/credit-risk-dataset/credit_risk_dataset.csv")

print("train", train.shape, "test", test.shape, "orig", orig.shape)
print(train[TARGET].value_counts(normalize=True))
print(orig.isna().sum()[orig.isna().sum() > 0])

orig = orig.dropna().drop_duplicates()
train = pd.concat([train.drop(columns="id"), orig], ignore_index=True)
test_id = test.pop("id")

CAT_COLS = ["person_home_ownership", "loan_intent", "loan_grade", "cb_person_default_on_file"]
GRADE_MAP = {g: i for i, g in enumerate("ABCDEFG")}


def basic_features(df):
    df = df.copy()
    df["grade_num"] = df["loan_grade"].map(GRADE_MAP)
    df["default_flag"] = (df["cb_person_default_on_file"] == "Y").astype(int)
    df["income_per_year_emp"] = df["person_income"] / (df["person_emp_length"] + 1)
    df["loan_to_income"] = df["loan_amnt"] / df["person_income"]
    df["rate_x_pct"] = df["loan_int_rate"] * df["loan_percent_income"]
    df["age_minus_hist"] = df["person_age"] - df["cb_person_cred_hist_length"]
    df["grade_intent"] = df["loan_grade"] + "_" + df["loan_intent"]
    df["home_grade"] = df["person_home_ownership"] + "_" + df["loan_grade"]
    return df


train = basic_features(train)
test = basic_features(test)
TE_COLS = CAT_COLS + ["grade_intent", "home_grade"]


def target_encode(fit_cats, fit_y, apply_cats, alpha=20.0):
    prior = fit_y.mean()
    stats = fit_y.groupby(fit_cats).agg(["mean", "count"])
    smooth = (stats["mean"] * stats["count"] + prior * alpha) / (stats["count"] + alpha)
    return apply_cats.map(smooth).fillna(prior).astype(float)


BASE = [c for c in train.columns if c not in TE_COLS + [TARGET]]
FEATURES = BASE + [f"{c}_te" for c in TE_COLS]
print(len(FEATURES), FEATURES)

X = train[BASE + TE_COLS].reset_index(drop=True)
y = train[TARGET].reset_index(drop=True)
X_test = test[BASE + TE_COLS].copy()

lgb_params = {
    "n_estimators": 1200,
    "learning_rate": 0.02,
    "num_leaves": 48,
    "max_depth": -1,
    "min_child_samples": 40,
    "subsample": 0.8,
    "subsample_freq": 1,
    "colsample_bytree": 0.6,
    "reg_alpha": 0.5,
    "reg_lambda": 2.0,
    "verbose": -1,
}

oof = np.zeros(len(X))
oof_dummy = np.zeros(len(X))
test_pred = np.zeros(len(X_test))
fold_scores = []

for seed in SEEDS:
    skf = StratifiedKFold(n_splits=N_SPLITS, shuffle=True, random_state=seed)
    for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
        X_tr, X_va = X.iloc[tr_idx].copy(), X.iloc[va_idx].copy()
        y_tr, y_va = y.iloc[tr_idx], y.iloc[va_idx]
        X_te = X_test.copy()
        for c in TE_COLS:
            X_va[f"{c}_te"] = target_encode(X_tr[c], y_tr, X_va[c])
            X_te[f"{c}_te"] = target_encode(X_tr[c], y_tr, X_te[c])
            X_tr[f"{c}_te"] = target_encode(X_tr[c], y_tr, X_tr[c])

        model = lgb.LGBMClassifier(**lgb_params, random_state=seed)
        model.fit(
            X_tr[FEATURES], y_tr,
            eval_set=[(X_va[FEATURES], y_va)],
            callbacks=[lgb.early_stopping(100, verbose=False)],
        )
        p = model.predict_proba(X_va[FEATURES])[:, 1]
        oof[va_idx] += p / len(SEEDS)
        test_pred += model.predict_proba(X_te[FEATURES])[:, 1] / (N_SPLITS * len(SEEDS))

        dummy = DummyClassifier(strategy="prior").fit(X_tr[FEATURES], y_tr)
        oof_dummy[va_idx] += dummy.predict_proba(X_va[FEATURES])[:, 1] / len(SEEDS)

        fold_scores.append(roc_auc_score(y_va, p))
        print(f"seed {seed} fold {fold}: AUC {fold_scores[-1]:.5f}")

print(f"\nmean fold AUC : {np.mean(fold_scores):.5f} +- {np.std(fold_scores):.5f}")
print(f"OOF AUC       : {roc_auc_score(y, oof):.5f}")
print(f"Dummy (prior) : {roc_auc_score(y, oof_dummy):.5f}")

pd.DataFrame({"id": test_id, TARGET: test_pred}).to_csv("submission.csv", index=False)
