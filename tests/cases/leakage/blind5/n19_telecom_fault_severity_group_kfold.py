"""Telstra network disruptions: predict fault_severity (0/1/2) for each fault record.

Records come from ~900 locations, many locations have dozens of records. New locations
must be scored too, so validation keeps every location in a single fold (GroupKFold).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, log_loss
from sklearn.model_selection import GroupKFold

DATA_DIR = "data/telstra/"
N_FOLDS = 5

train = pd.read_csv(DATA_DIR + "train.csv")            # id, location, fault_severity
events = pd.read_csv(DATA_DIR + "event_type.csv")      # id, event_type (many per id)
logs = pd.read_csv(DATA_DIR + "log_feature.csv")       # id, log_feature, volume
resources = pd.read_csv(DATA_DIR + "resource_type.csv")
severity = pd.read_csv(DATA_DIR + "severity_type.csv")  # id, severity_type (one per id)

print(train.shape, events.shape, logs.shape, resources.shape, severity.shape)
print(train["fault_severity"].value_counts(normalize=True).round(3))

# ---------------------------------------------------------------- EDA per location
per_loc = train.groupby("location").agg(n_records=("id", "size"),
                                        share_severe=("fault_severity", lambda s: (s > 0).mean()))
print(per_loc["n_records"].describe())
print("locations with >= 10 records:", (per_loc["n_records"] >= 10).sum())

# ---------------------------------------------------------------- per-record features
# each id has several event / log / resource rows; aggregate them back to one row per id
log_agg = logs.groupby("id").agg(n_logs=("log_feature", "size"),
                                 vol_sum=("volume", "sum"),
                                 vol_mean=("volume", "mean"),
                                 vol_max=("volume", "max"))
log_agg["vol_log_sum"] = np.log1p(log_agg["vol_sum"])

event_counts = pd.crosstab(events["id"], events["event_type"]).add_prefix("ev_")
event_counts.columns = [c.replace(" ", "_") for c in event_counts.columns]
resource_counts = pd.crosstab(resources["id"], resources["resource_type"]).add_prefix("res_")
resource_counts.columns = [c.replace(" ", "_") for c in resource_counts.columns]

top_logs = logs.pivot_table(index="id", columns="log_feature", values="volume",
                            aggfunc="sum", fill_value=0)
top_logs.columns = ["log_" + c.split(" ")[-1] for c in top_logs.columns]

severity["severity_type"] = severity["severity_type"].str.split(" ").str[-1].astype(int)

df = (train.set_index("id")
      .join(log_agg).join(event_counts).join(resource_counts).join(top_logs)
      .join(severity.set_index("id"))
      .fillna(0))
df["n_events"] = event_counts.sum(axis=1).reindex(df.index).fillna(0)
df["n_resources"] = resource_counts.sum(axis=1).reindex(df.index).fillna(0)
print(df.shape)

features = [c for c in df.columns if c not in ("location", "fault_severity")]
X = df[features]
y = df["fault_severity"].values
groups = df["location"].values

# ---------------------------------------------------------------- CV by location
params = dict(objective="multiclass", num_class=3, learning_rate=0.05, num_leaves=31,
              min_child_samples=20, colsample_bytree=0.5, subsample=0.8, subsample_freq=1,
              n_estimators=400, random_state=0, verbose=-1)

oof = np.zeros((len(X), 3))
oof_prior = np.zeros((len(X), 3))
gkf = GroupKFold(n_splits=N_FOLDS)
for fold, (tr, va) in enumerate(gkf.split(X, y, groups)):
    model = lgb.LGBMClassifier(**params)
    model.fit(X.iloc[tr], y[tr])
    oof[va] = model.predict_proba(X.iloc[va])
    oof_prior[va] = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])
    print(f"fold {fold}: logloss {log_loss(y[va], oof[va], labels=[0, 1, 2]):.4f} "
          f"({len(set(groups[va]))} locations)")

print("prior logloss :", round(log_loss(y, oof_prior), 4))
print("OOF logloss   :", round(log_loss(y, oof), 4))
print("OOF accuracy  :", round(accuracy_score(y, oof.argmax(axis=1)), 4))
