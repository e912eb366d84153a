import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.metrics import roc_auc_score, f1_score, matthews_corrcoef
from sklearn.model_selection import StratifiedKFold

SEED = 5
K_FEATURES = 80

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

sensor_cols = [c for c in train.columns if c.startswith("s_")]
y = (train["result"] == "fail").astype(int).values

X_all = train[sensor_cols].fillna(-999)
X_test_all = test[sensor_cols].fillna(-999)

ranker = SelectKBest(score_func=f_classif, k=K_FEATURES)
ranker.fit(X_all, y)
scores = pd.Series(ranker.scores_, index=sensor_cols).sort_values(ascending=False)
print(scores.head(20))
keep = list(scores.index[:K_FEATURES])

X = train[keep]
X_test = test[keep]

clf_params = dict(
    n_estimators=2000,
    learning_rate=0.02,
    num_leaves=15,
    min_child_samples=10,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.5,
    random_state=SEED,
    verbose=-1,
)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(X))
test_pred = np.zeros(len(X_test))
for fold, (tr, va) in enumerate(skf.split(X, y), 1):
    spw = (y[tr] == 0).sum() / max((y[tr] == 1).sum(), 1)
    model = lgb.LGBMClassifier(**clf_params, scale_pos_weight=spw)
    model.fit(
        X.iloc[tr], y[tr],
        eval_set=[(X.iloc[va], y[va])],
        eval_metric="auc",
        callbacks=[lgb.early_stopping(150, verbose=False)],
    )
    oof[va] = model.predict_proba(X.iloc[va])[:, 1]
    test_pred += model.predict_proba(X_test)[:, 1] / skf.get_n_splits()
    print(f"[{fold}] auc={roc_auc_score(y[va], oof[va]):.4f} best_iter={model.best_iteration_}")

thr = 0.5
print(f"OOF AUC {roc_auc_score(y, oof):.4f}")
print(f"OOF F1  {f1_score(y, oof > thr):.4f}")
print(f"OOF MCC {matthews_corrcoef(y, oof > thr):.4f}")

pd.DataFrame({"id": test["id"], "prediction": test_pred}).to_csv("predictions.csv", index=False)
