# Porto Seguro's Safe Driver Prediction
# XGBoost + smoothed target encoding of the high-cardinality categoricals
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score

DATA = "../input/porto-seguro-safe-driver-prediction/"
train = pd.read_csv(DATA + "train.csv")
test = pd.read_csv(DATA + "test.csv")
print(train.shape, test.shape, train.target.mean())


def gini(y_true, y_prob):
    return 2 * roc_auc_score(y_true, y_prob) - 1


# drop the calc features, they carry no signal
calc_cols = [c for c in train.columns if c.startswith("ps_calc_")]
train = train.drop(columns=calc_cols)
test = test.drop(columns=calc_cols)

for df in (train, test):
    df["missing_cnt"] = (df == -1).sum(axis=1)
    df["ps_car_13_x_ps_reg_03"] = df["ps_car_13"] * df["ps_reg_03"]
    df["ps_ind_bin_sum"] = df[[c for c in df.columns if c.startswith("ps_ind") and c.endswith("bin")]].sum(axis=1)


def smooth_target_encode(trn_series, tst_series, target, min_samples_leaf=200, smoothing=10, noise=0.01):
    tmp = pd.concat([trn_series, target], axis=1)
    stats = tmp.groupby(trn_series.name)[target.name].agg(["mean", "count"])
    smooth = 1 / (1 + np.exp(-(stats["count"] - min_samples_leaf) / smoothing))
    global_mean = target.mean()
    stats["enc"] = global_mean * (1 - smooth) + stats["mean"] * smooth
    trn_enc = trn_series.map(stats["enc"]).fillna(global_mean)
    tst_enc = tst_series.map(stats["enc"]).fillna(global_mean)
    trn_enc = trn_enc * (1 + noise * np.random.randn(len(trn_enc)))
    return trn_enc, tst_enc


np.random.seed(0)
te_cols = ["ps_car_11_cat", "ps_car_01_cat", "ps_car_06_cat", "ps_ind_05_cat"]
for c in te_cols:
    train[c + "_te"], test[c + "_te"] = smooth_target_encode(train[c], test[c], train["target"])

features = [c for c in train.columns if c not in ("id", "target")]
X = train[features]
y = train["target"].values
X_test = test[features]
print("n features:", len(features))

params = dict(n_estimators=600, max_depth=4, learning_rate=0.05, subsample=0.8,
              colsample_bytree=0.8, min_child_weight=10, gamma=1, reg_alpha=8,
              reg_lambda=1.3, tree_method="hist", eval_metric="auc", random_state=99)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
oof = np.zeros(len(X))
sub_pred = np.zeros(len(X_test))
for i, (tr, va) in enumerate(skf.split(X, y)):
    clf = xgb.XGBClassifier(**params)
    clf.fit(X.iloc[tr], y[tr], verbose=False)
    oof[va] = clf.predict_proba(X.iloc[va])[:, 1]
    sub_pred += clf.predict_proba(X_test)[:, 1] / skf.n_splits
    print(f"fold {i}: gini = {gini(y[va], oof[va]):.5f}")

print(f"CV gini: {gini(y, oof):.5f}")

pd.DataFrame({"id": test["id"], "target": sub_pred}).to_csv("xgb_te_submit.csv", index=False)
