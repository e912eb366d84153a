"""
Expansion propensity model.

Background: I did my PhD in ecology (species occurrence models). The segment variables
(industry x plan, region x plan) have many sparse combinations, so rather than one-hot I use
smoothed target encoding, the way we'd shrink site-level occupancy toward the regional mean.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from lightgbm import LGBMClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

Y = "expanded_next_q"
SEGMENTS = ["industry", "region", "plan_tier", "industry_x_plan", "region_x_plan"]
NUMERIC = ["seats", "arr", "seat_utilization", "active_users", "logins_per_user",
           "support_tickets", "nps_score", "integrations_enabled", "months_to_renewal",
           "csm_assigned"]


def add_segments(d):
    d = d.copy()
    d["industry_x_plan"] = d["industry"].astype(str) + "|" + d["plan_tier"].astype(str)
    d["region_x_plan"] = d["region"].astype(str) + "|" + d["plan_tier"].astype(str)
    return d


def metrics(y, p):
    return {"auc": roc_auc_score(y, p), "ap": average_precision_score(y, p),
            "logloss": log_loss(y, np.clip(p, 1e-6, 1 - 1e-6))}


panel = add_segments(pd.read_csv("train.csv", parse_dates=["quarter_end"]))
print(panel.shape)
for s in SEGMENTS:
    print(f"{s:<16} levels={panel[s].nunique():4d}  smallest level n={panel[s].value_counts().min()}")

# smoothed target encoding of the segment variables
enc = ce.TargetEncoder(cols=SEGMENTS, smoothing=20, min_samples_leaf=30)
seg_enc = enc.fit_transform(panel[SEGMENTS], panel[Y])
seg_enc.columns = [c + "_te" for c in seg_enc.columns]
panel = pd.concat([panel, seg_enc], axis=1)
FEATURES = NUMERIC + list(seg_enc.columns)

print(panel.groupby("plan_tier")[["plan_tier_te", Y]].mean().round(3))

# temporal holdout: last 3 quarters
cut = np.sort(panel["quarter_end"].unique())[-3]
fit_rows = panel["quarter_end"] < cut
ev_rows = ~fit_rows
Xf, yf = panel.loc[fit_rows, FEATURES], panel.loc[fit_rows, Y]
Xe, ye = panel.loc[ev_rows, FEATURES], panel.loc[ev_rows, Y]
print(f"fit {fit_rows.sum()} rows before {pd.Timestamp(cut).date()}, evaluate {ev_rows.sum()} rows")

res = {}
res["baseline: fit-period rate"] = metrics(ye, np.full(len(ye), yf.mean()))
res["segment encoding only (industry x plan)"] = metrics(ye, Xe["industry_x_plan_te"].values)

glm = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.5))
glm.fit(Xf.fillna(Xf.median()), yf)
res["logistic"] = metrics(ye, glm.predict_proba(Xe.fillna(Xf.median()))[:, 1])

lgbm = LGBMClassifier(n_estimators=700, learning_rate=0.02, num_leaves=20, min_child_samples=50,
                      subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1,
                      random_state=4)
lgbm.fit(Xf, yf)
p_lgbm = lgbm.predict_proba(Xe)[:, 1]
res["lightgbm"] = metrics(ye, p_lgbm)

print(pd.DataFrame(res).T.round(4))

imp = pd.Series(lgbm.booster_.feature_importance("gain"), index=FEATURES)
print((imp / imp.sum()).sort_values(ascending=False).round(3))

# which segments gain most from the model over the encoding alone
ev = panel.loc[ev_rows, ["industry_x_plan", Y]].assign(p=p_lgbm)
seg_perf = ev.groupby("industry_x_plan").agg(n=(Y, "size"), obs=(Y, "mean"), pred=("p", "mean"))
print(seg_perf[seg_perf.n >= 30].sort_values("obs", ascending=False).head(12).round(3))
