"""Home-credit style default model: application features and ratios, LightGBM 5-fold."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

SEED = 1001
ID = "SK_ID_CURR"

app_train = pd.read_csv("application_train.csv")
app_test = pd.read_csv("application_test.csv")

df = pd.concat([app_train, app_test], ignore_index=True)
df["DAYS_EMPLOYED"] = df["DAYS_EMPLOYED"].replace(365243, np.nan)
df["CREDIT_TO_INCOME"] = df["AMT_CREDIT"] / df["AMT_INCOME_TOTAL"]
df["ANNUITY_TO_INCOME"] = df["AMT_ANNUITY"] / df["AMT_INCOME_TOTAL"]
df["CREDIT_TERM"] = df["AMT_ANNUITY"] / df["AMT_CREDIT"]
df["GOODS_TO_CREDIT"] = df["AMT_GOODS_PRICE"] / df["AMT_CREDIT"]
df["EMPLOYED_TO_AGE"] = df["DAYS_EMPLOYED"] / df["DAYS_BIRTH"]
df["EXT_SOURCE_MEAN"] = df[["EXT_SOURCE_1", "EXT_SOURCE_2", "EXT_SOURCE_3"]].mean(axis=1)
df["EXT_SOURCE_PROD"] = df["EXT_SOURCE_1"] * df["EXT_SOURCE_2"] * df["EXT_SOURCE_3"]

obj_cols = [c for c in df.columns if df[c].dtype == "object"]
df = pd.get_dummies(df, columns=obj_cols, dummy_na=True, dtype=np.uint8)

train_df = df[df["TARGET"].notnull()].reset_index(drop=True)
test_df = df[df["TARGET"].isnull()].reset_index(drop=True)
feats = [f for f in train_df.columns if f not in [ID, "index", "level_0"]]
print(f"train {train_df.shape}, test {test_df.shape}, {len(feats)} features")

folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train_df))
sub_preds = np.zeros(len(test_df))
importance = pd.DataFrame()

for n_fold, (trn_idx, val_idx) in enumerate(folds.split(train_df[feats], train_df["TARGET"])):
    trn_x, trn_y = train_df[feats].iloc[trn_idx], train_df["TARGET"].iloc[trn_idx]
    val_x, val_y = train_df[feats].iloc[val_idx], train_df["TARGET"].iloc[val_idx]
    clf = lgb.LGBMClassifier(
        n_estimators=10000,
        learning_rate=0.02,
        num_leaves=34,
        colsample_bytree=0.95,
        subsample=0.87,
        subsample_freq=1,
        max_depth=8,
        reg_alpha=0.04,
        reg_lambda=0.07,
        min_split_gain=0.02,
        min_child_weight=40,
        random_state=SEED,
        verbose=-1,
    )
    clf.fit(trn_x, trn_y, eval_set=[(val_x, val_y)], eval_metric="auc",
            callbacks=[lgb.early_stopping(200, verbose=False)])
    oof[val_idx] = clf.predict_proba(val_x, num_iteration=clf.best_iteration_)[:, 1]
    sub_preds += clf.predict_proba(test_df[feats], num_iteration=clf.best_iteration_)[:, 1] / folds.n_splits
    fold_imp = pd.DataFrame({"feature": feats, "gain": clf.booster_.feature_importance("gain"), "fold": n_fold})
    importance = pd.concat([importance, fold_imp])
    print(f"Fold {n_fold + 1} AUC : {roc_auc_score(val_y, oof[val_idx]):.6f}")

print(f"Full AUC score {roc_auc_score(train_df['TARGET'], oof):.6f}")
print(importance.groupby("feature")["gain"].mean().sort_values(ascending=False).head(25))

pd.DataFrame({ID: test_df[ID], "prediction": sub_preds}).to_csv("predictions.csv", index=False)
