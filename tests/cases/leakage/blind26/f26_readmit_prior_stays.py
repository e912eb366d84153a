"""30-day readmission: utilisation history from each patient's previous stays."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
stays = stays.sort_values(["patient_id", "admit_date"]).reset_index(drop=True)
stays["los_days"] = (stays["discharge_date"] - stays["admit_date"]).dt.days

pg = stays.groupby("patient_id")
stays["n_prior_stays"] = pg.cumcount()
stays["prev_discharge"] = pg["discharge_date"].shift(1)
stays["days_since_prev_discharge"] = (stays["admit_date"] - stays["prev_discharge"]).dt.days
stays["prev_los"] = pg["los_days"].shift(1)
stays["mean_prior_los"] = pg["los_days"].transform(lambda s: s.shift(1).expanding().mean())
stays["prior_emergency"] = pg["emergency_admit"].transform(lambda s: s.shift(1).fillna(0).cumsum())


def stays_in_last(group, days):
    t = group["admit_date"]
    counts = [((t < ti) & (t >= ti - pd.Timedelta(days=days))).sum() for ti in t]
    return pd.Series(counts, index=group.index)


stays["stays_prev_365d"] = pg.apply(lambda g: stays_in_last(g, 365)).reset_index(level=0, drop=True)

stays["days_since_prev_discharge"] = stays["days_since_prev_discharge"].fillna(9999)
stays[["prev_los", "mean_prior_los"]] = stays[["prev_los", "mean_prior_los"]].fillna(0)
stays = pd.get_dummies(stays, columns=["department", "insurance"], dtype=float)

cols = (["age", "n_diagnoses", "n_procedures", "los_days", "emergency_admit",
         "n_prior_stays", "days_since_prev_discharge", "prev_los", "mean_prior_los",
         "prior_emergency", "stays_prev_365d"]
        + [c for c in stays.columns if c.startswith(("department_", "insurance_"))])

cut = pd.Timestamp("2022-01-01")
train = stays[stays.admit_date < cut]
test = stays[(stays.admit_date >= cut) & (~stays.patient_id.isin(train.patient_id))]

gbc = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                 subsample=0.8, random_state=0)
gbc.fit(train[cols], train["readmitted_30d"])
p = gbc.predict_proba(test[cols])[:, 1]

prior = DummyClassifier(strategy="prior").fit(train[cols], train["readmitted_30d"])
p0 = prior.predict_proba(test[cols])[:, 1]

y = test["readmitted_30d"]
print(f"prior: AUROC {roc_auc_score(y, p0):.3f} AUPRC {average_precision_score(y, p0):.3f} Brier {brier_score_loss(y, p0):.4f}")
print(f"GBM:   AUROC {roc_auc_score(y, p):.3f} AUPRC {average_precision_score(y, p):.3f} Brier {brier_score_loss(y, p):.4f}")
