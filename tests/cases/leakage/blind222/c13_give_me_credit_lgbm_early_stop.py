# Give Me Some Credit (Kaggle) - LightGBM
# target: SeriousDlqin2yrs (90+ days past due within 2 years)

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

SEED = 17

cs = pd.read_csv("cs-training.csv", index_col=0)
cs.columns = [c.replace("-", "_") for c in cs.columns]
print(cs.shape, cs["SeriousDlqin2yrs"].mean())

# ------------------------------------------------------------------ cleaning
late_cols = ["NumberOfTime30_59DaysPastDueNotWorse",
             "NumberOfTime60_89DaysPastDueNotWorse",
             "NumberOfTimes90DaysLate"]
# 96 / 98 are sentinel codes in the raw file
for c in late_cols:
    cs.loc[cs[c] >= 96, c] = np.nan

cs = cs[cs["age"] > 0]
cs["RevolvingUtilizationOfUnsecuredLines"] = cs["RevolvingUtilizationOfUnsecuredLines"].clip(upper=5)

# ------------------------------------------------------------------ features
cs["TotalLate"] = cs[late_cols].sum(axis=1, min_count=1)
cs["AnyLate90"] = (cs["NumberOfTimes90DaysLate"] > 0).astype(float)
cs["IncomePerDependent"] = cs["MonthlyIncome"] / (cs["NumberOfDependents"].fillna(0) + 1)
cs["DebtAmount"] = cs["DebtRatio"] * cs["MonthlyIncome"]
cs["OpenLinesPerAge"] = cs["NumberOfOpenCreditLinesAndLoans"] / cs["age"]
cs["MissingIncome"] = cs["MonthlyIncome"].isna().astype(int)

target = "SeriousDlqin2yrs"
feats = [c for c in cs.columns if c != target]

X_train, X_test, y_train, y_test = train_test_split(
    cs[feats], cs[target], test_size=0.2, stratify=cs[target], random_state=SEED
)

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
    eval_set=[(X_test, y_test)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(period=250)],
)
print("best iteration:", gbm.best_iteration_)

proba = gbm.predict_proba(X_test, num_iteration=gbm.best_iteration_)[:, 1]
print("holdout AUC  :", round(roc_auc_score(y_test, proba), 5))
print("holdout AP   :", round(average_precision_score(y_test, proba), 5))
print("holdout Brier:", round(brier_score_loss(y_test, proba), 5))

imp = (pd.DataFrame({"feature": feats,
                     "gain": gbm.booster_.feature_importance("gain")})
       .sort_values("gain", ascending=False))
imp["gain_pct"] = 100 * imp["gain"] / imp["gain"].sum()
print(imp.head(12).to_string(index=False))

# score the Kaggle test file for a submission
kaggle = pd.read_csv("cs-test.csv", index_col=0)
kaggle.columns = [c.replace("-", "_") for c in kaggle.columns]
for c in late_cols:
    kaggle.loc[kaggle[c] >= 96, c] = np.nan
kaggle["RevolvingUtilizationOfUnsecuredLines"] = kaggle["RevolvingUtilizationOfUnsecuredLines"].clip(upper=5)
kaggle["TotalLate"] = kaggle[late_cols].sum(axis=1, min_count=1)
kaggle["AnyLate90"] = (kaggle["NumberOfTimes90DaysLate"] > 0).astype(float)
kaggle["IncomePerDependent"] = kaggle["MonthlyIncome"] / (kaggle["NumberOfDependents"].fillna(0) + 1)
kaggle["DebtAmount"] = kaggle["DebtRatio"] * kaggle["MonthlyIncome"]
kaggle["OpenLinesPerAge"] = kaggle["NumberOfOpenCreditLinesAndLoans"] / kaggle["age"]
kaggle["MissingIncome"] = kaggle["MonthlyIncome"].isna().astype(int)

sub = pd.DataFrame({"Id": kaggle.index,
                    "Probability": gbm.predict_proba(kaggle[feats], num_iteration=gbm.best_iteration_)[:, 1]})
sub.to_csv("submission_lgbm.csv", index=False)
print(sub.shape)
