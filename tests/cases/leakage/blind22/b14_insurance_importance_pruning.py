import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import StratifiedKFold

SEED = 314
TARGET = "claim_filed"
TOP_N = 40

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

CATS = [c for c in train.columns if c.startswith("cat_")]
NUMS = [c for c in train.columns if c.startswith("num_")]

for df in (train, test):
    df["n_missing"] = df[NUMS].isna().sum(axis=1)
    df["num_sum"] = df[NUMS].sum(axis=1)
    df["num_max"] = df[NUMS].max(axis=1)

features = CATS + NUMS + ["n_missing", "num_sum", "num_max"]
y = train[TARGET].values

params = dict(
    n_estimators=700,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    colsample_bytree=0.6,
    subsample=0.8,
    subsample_freq=1,
    random_state=SEED,
    verbose=-1,
)


def importance_ranking(X, target):
    probe = lgb.LGBMClassifier(**params)
    probe.fit(X, target)
    gain = probe.booster_.feature_importance(importance_type="gain")
    return pd.Series(gain, index=X.columns).sort_values(ascending=False)


ranking = importance_ranking(train[features], y)
print(ranking.head(15))
kept = ranking.index[:TOP_N].tolist()
print(f"keeping {len(kept)} of {len(features)} features")


def run_cv(make_model, cols):
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    oof = np.zeros(len(train))
    for tr, va in skf.split(train, y):
        model = make_model()
        model.fit(train.iloc[tr][cols], y[tr])
        oof[va] = model.predict_proba(train.iloc[va][cols])[:, 1]
    return oof


oof_lgb = run_cv(lambda: lgb.LGBMClassifier(**params), kept)
oof_dummy = run_cv(lambda: DummyClassifier(strategy="prior"), kept)

summary = pd.DataFrame(
    {
        "auc": [roc_auc_score(y, oof_dummy), roc_auc_score(y, oof_lgb)],
        "logloss": [log_loss(y, oof_dummy), log_loss(y, oof_lgb)],
    },
    index=["dummy_prior", f"lgbm_top{TOP_N}"],
)
print(summary.round(4))

final = lgb.LGBMClassifier(**params).fit(train[kept], y)
pd.DataFrame({"id": test["id"], "prediction": final.predict_proba(test[kept])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
