# Give Me Some Credit (Kaggle) - LightGBM
# target: SeriousDlqin2yrs (90+ days past due within 2 years)
# split: 70% train / 15% valid (early stopping) / 15% test (reported once)

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

SEED = 17
TARGET = "SeriousDlqin2yrs"
LATE_COLS = ["NumberOfTime30_59DaysPastDueNotWorse",
             "NumberOfTime60_89DaysPastDueNotWorse",
             "NumberOfTimes90DaysLate"]


def clean_and_engineer(frame):
    frame = frame.copy()
    frame.columns = [c.replace("-", "_") for c in frame.columns]
    for c in LATE_COLS:                       # 96 / 98 are sentinel codes
        frame.loc[frame[c] >= 96, c] = np.nan
    frame["RevolvingUtilizationOfUnsecuredLines"] = frame["RevolvingUtilizationOfUnsecuredLines"].clip(upper=5)
    frame["TotalLate"] = frame[LATE_COLS].sum(axis=1, min_count=1)
    frame["AnyLate90"] = (frame["NumberOfTimes90DaysLate"] > 0).astype(float)
    frame["IncomePerDependent"] = frame["MonthlyIncome"] / (frame["NumberOfDependents"].fillna(0) + 1)
    frame["DebtAmount"] = frame["DebtRatio"] * frame["MonthlyIncome"]
    frame["OpenLinesPerAge"] = frame["NumberOfOpenCreditLinesAndLoans"] / frame["age"].clip(lower=18)
    frame["MissingIncome"] = frame["MonthlyIncome"].isna().astype(int)
    return frame


cs = clean_and_engineer(pd.read_csv("cs-training.csv", index_col=0))
cs = cs[cs["age"] > 0]
print(cs.shape, cs[TARGET].mean())

feats = [c for c in cs.columns if c != TARGET]

X_tmp, X_test, y_tmp, y_test = train_test_split(
    cs[feats], cs[TARGET], test_size=0.15, stratify=cs[TARGET], random_state=SEED
)
X_train, X_valid, y_train, y_valid = train_test_split(
    X_tmp, y_tmp, test_size=0.15 / 0.85, stratify=y_tmp, random_state=SEED
)
print(len(X_train), len(X_valid), len(X_test))

params = {
    "objective": "binary",
    "learning_rate": 0.02,
    "num_leaves": 31,
    "min_child_samples": 100,
    "subsample": 0.8,
    "subsample_freq": 1,
    "colsample_bytree": 0.7,
    "reg_alpha": 0.1,
    "reg_lambda": 1.0,
    "n_estimators": 5000,
    "random_state": SEED,
    "verbose": -1,
}

gbm = lgb.LGBMClassifier(**params)
gbm.fit(
    X_train, y_train,
    eval_set=[(X_valid, y_valid)],
    eval_names=["valid"],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(period=250)],
)
print("best iteration:", gbm.best_iteration_)
print("valid AUC at best iteration:", round(gbm.best_score_["valid"]["auc"], 5))

proba = gbm.predict_proba(X_test, num_iteration=gbm.best_iteration_)[:, 1]
print("TEST AUC  :", round(roc_auc_score(y_test, proba), 5))
print("TEST AP   :", round(average_precision_score(y_test, proba), 5))
print("TEST Brier:", round(brier_score_loss(y_test, proba), 5))

imp = (pd.DataFrame({"feature": feats,
                     "gain": gbm.booster_.feature_importance("gain")})
       .sort_values("gain", ascending=False))
imp["gain_pct"] = 100 * imp["gain"] / imp["gain"].sum()
print(imp.head(12).to_string(index=False))

kaggle = clean_and_engineer(pd.read_csv("cs-test.csv", index_col=0))
sub = pd.DataFrame({
    "Id": kaggle.index,
    "Probability": gbm.predict_proba(kaggle[feats], num_iteration=gbm.best_iteration_)[:, 1],
})
sub.to_csv("submission_lgbm.csv", index=False)
print(sub.shape)
