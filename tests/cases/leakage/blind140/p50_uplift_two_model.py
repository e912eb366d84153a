"""Email campaign uplift with a two-model (T-learner) approach.

Hillstrom MineThatData e-mail challenge: 64k customers, randomly assigned to
'Mens E-Mail', 'Womens E-Mail' or 'No E-Mail'. Outcome: site visit in the following 2 weeks.
We model P(visit | treated) - P(visit | control) and check it on held-out customers.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split
from sklift.metrics import qini_auc_score, uplift_at_k, uplift_auc_score

hill = pd.read_csv("data/hillstrom.csv")
hill["treatment"] = (hill["segment"] != "No E-Mail").astype(int)
print(hill.groupby("treatment")["visit"].mean().round(4))   # average treatment effect check

hill["history_segment"] = hill["history_segment"].str.extract(r"^(\d)").astype(int)
X = pd.get_dummies(hill[["recency", "history_segment", "history", "mens", "womens", "zip_code",
                         "newbie", "channel"]], columns=["zip_code", "channel"], dtype=int)
y = hill["visit"]
t = hill["treatment"]

strata = t.astype(str) + "_" + y.astype(str)
X_tr, X_te, y_tr, y_te, t_tr, t_te = train_test_split(X, y, t, test_size=0.3, stratify=strata,
                                                      random_state=10)

params = dict(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=10)
m_treat = GradientBoostingClassifier(**params).fit(X_tr[t_tr == 1], y_tr[t_tr == 1])
m_ctrl = GradientBoostingClassifier(**params).fit(X_tr[t_tr == 0], y_tr[t_tr == 0])

uplift = m_treat.predict_proba(X_te)[:, 1] - m_ctrl.predict_proba(X_te)[:, 1]

# baseline: random targeting (uplift scores carry no information)
rng = np.random.default_rng(10)
random_scores = rng.random(len(X_te))

rows = []
for name, score in [("random targeting baseline", random_scores), ("two-model GBM", uplift)]:
    rows.append({
        "model": name,
        "qini_auc": qini_auc_score(y_te, score, t_te),
        "uplift_auc": uplift_auc_score(y_te, score, t_te),
        "uplift@30%": uplift_at_k(y_te, score, t_te, strategy="overall", k=0.3),
    })
print(pd.DataFrame(rows).set_index("model").round(4))

# uplift by predicted decile on the held-out customers
res = pd.DataFrame({"uplift": uplift, "y": y_te.values, "t": t_te.values})
res["decile"] = pd.qcut(res["uplift"].rank(method="first"), 10, labels=False)
by_dec = res.groupby("decile").apply(
    lambda d: d.loc[d.t == 1, "y"].mean() - d.loc[d.t == 0, "y"].mean())
print(by_dec.sort_index(ascending=False).round(4))
