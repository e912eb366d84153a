"""Readmission risk factors with a GLM (binomial), patient-clustered SEs.

Inference on the training window (standard errors clustered on patient since
people have several stays), then a discrimination / calibration check on a
later window restricted to new patients. The comparison point is the
constant training readmission rate.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

Y = "readmitted_30d"
stays = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
stays = stays.sort_values(["patient_id", "discharge_date"])

prev = stays.groupby("patient_id")["discharge_date"].shift()
stays["prior_stays"] = stays.groupby("patient_id").cumcount()
stays["recent_prior"] = ((stays["admit_date"] - prev).dt.days <= 180).astype(int)
stays["los_log"] = np.log1p(stays["los_days"])
stays["age10"] = stays["age"] / 10.0
stays["insurance"] = stays["insurance"].fillna("unknown")

cut = stays["discharge_date"].quantile(0.75)
train = stays[stays["discharge_date"] < cut - pd.Timedelta(days=30)].copy()
test = stays[(stays["discharge_date"] >= cut) & (~stays["patient_id"].isin(train["patient_id"]))].copy()
print("train stays", len(train), "patients", train.patient_id.nunique())
print("test  stays", len(test), "patients", test.patient_id.nunique())

formula = (f"{Y} ~ age10 + C(sex) + los_log + n_diagnoses + n_medications + prior_ed_visits_12m"
           " + prior_stays + recent_prior + C(admission_type) + C(discharge_disposition) + C(insurance)")

glm = smf.glm(formula, data=train, family=sm.families.Binomial())
res = glm.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(train["patient_id"])[0]})
print(res.summary())

table = pd.DataFrame({"OR": np.exp(res.params),
                      "lo": np.exp(res.conf_int()[0]),
                      "hi": np.exp(res.conf_int()[1]),
                      "p": res.pvalues})
print(table.round(3).sort_values("p").head(15))

# ---------------- later window, new patients --------------------------------
# levels unseen in training would break the design matrix; map them to the most common one
for col in ["admission_type", "discharge_disposition", "insurance", "sex"]:
    known = set(train[col].dropna().unique())
    test.loc[~test[col].isin(known), col] = train[col].mode()[0]

p = res.predict(test)
y = test[Y].to_numpy()
base = np.full(len(y), train[Y].mean())

def metrics(y_true, score):
    return {"auc": roc_auc_score(y_true, score) if np.ptp(score) > 0 else 0.5,
            "ap": average_precision_score(y_true, score),
            "brier": brier_score_loss(y_true, score)}

print(pd.DataFrame({"glm": metrics(y, p), "baseline_rate": metrics(y, base)}).round(4))

# calibration-in-the-large and slope on the later window
lp = np.log(p / (1 - p))
cal = sm.GLM(y, sm.add_constant(lp), family=sm.families.Binomial()).fit()
print("calibration intercept %.3f, slope %.3f" % tuple(cal.params))

rng = np.random.default_rng(4)
idx_by_pid = test.reset_index(drop=True).groupby("patient_id").indices
pid = np.array(list(idx_by_pid))
auc_b = []
for _ in range(1000):
    ix = np.concatenate([idx_by_pid[k] for k in rng.choice(pid, len(pid))])
    if 0 < y[ix].sum() < len(ix):
        auc_b.append(roc_auc_score(y[ix], np.asarray(p)[ix]))
print("later-window AUC 95%% CI: %.3f-%.3f" % tuple(np.percentile(auc_b, [2.5, 97.5])))
