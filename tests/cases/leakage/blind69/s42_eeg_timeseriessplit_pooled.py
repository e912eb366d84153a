# EEG seizure detection -- forward-chaining CV
#
# Windows are events in time, so no shuffling: sort by window_start and use
# TimeSeriesSplit so every validation block comes strictly after its training block.

import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

df = pd.read_csv("train.csv", parse_dates=["window_start"])
df = df.sort_values("window_start").reset_index(drop=True)

drop_cols = ["window_id", "subject_id", "session_id", "window_start", "seizure",
             "seizure_onset_offset_s", "review_flag"]
X = df.drop(columns=drop_cols)
y = df["seizure"]

tscv = TimeSeriesSplit(n_splits=5, gap=0)
out = []
for k, (tr, va) in enumerate(tscv.split(X)):
    y_tr = y.iloc[tr]
    spw = (y_tr == 0).sum() / max((y_tr == 1).sum(), 1)
    model = xgb.XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05,
                              subsample=0.8, colsample_bytree=0.8, scale_pos_weight=spw,
                              eval_metric="logloss", n_jobs=4)
    model.fit(X.iloc[tr], y.iloc[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    d = DummyClassifier(strategy="stratified", random_state=k).fit(X.iloc[tr], y.iloc[tr])
    pd_ = d.predict_proba(X.iloc[va])[:, 1]
    out.append({
        "fold": k,
        "val_start": df.window_start.iloc[va[0]],
        "auc": roc_auc_score(y.iloc[va], p),
        "pr_auc": average_precision_score(y.iloc[va], p),
        "f1@0.5": f1_score(y.iloc[va], p > 0.5),
        "dummy_pr_auc": average_precision_score(y.iloc[va], pd_),
    })

res = pd.DataFrame(out)
print(res.to_string(index=False))
print(res[["auc", "pr_auc", "f1@0.5", "dummy_pr_auc"]].mean().round(3))

model.set_params(scale_pos_weight=(y == 0).sum() / max((y == 1).sum(), 1))
model.fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({"window_id": test.window_id,
              "prediction": model.predict_proba(test[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
