"""Click-through prediction on a sample of ad impressions (no timestamps in the extract)."""
import duckdb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

IMPRESSIONS = "data/impressions_sample.parquet"
PRIOR_WEIGHT = 20

con = duckdb.connect()
con.execute(f"CREATE VIEW imp AS SELECT * FROM read_parquet('{IMPRESSIONS}')")

global_ctr = con.sql("SELECT AVG(clicked) FROM imp").fetchone()[0]

# smoothed CTR per categorical value (site, app category, ad size)
encoded = con.sql(f"""
WITH site AS (
    SELECT site_domain, (SUM(clicked) + {PRIOR_WEIGHT} * {global_ctr}) / (COUNT(*) + {PRIOR_WEIGHT}) AS site_ctr
    FROM imp GROUP BY site_domain
),
cat AS (
    SELECT app_category, (SUM(clicked) + {PRIOR_WEIGHT} * {global_ctr}) / (COUNT(*) + {PRIOR_WEIGHT}) AS cat_ctr
    FROM imp GROUP BY app_category
),
size AS (
    SELECT ad_size, AVG(clicked) AS size_ctr FROM imp GROUP BY ad_size
)
SELECT
    i.banner_pos,
    CASE WHEN i.device_type = 'mobile' THEN 1 ELSE 0 END AS is_mobile,
    i.hour_bucket,
    s.site_ctr,
    c.cat_ctr,
    z.size_ctr,
    i.clicked
FROM imp i
JOIN site s USING (site_domain)
JOIN cat c USING (app_category)
JOIN size z USING (ad_size)
""").df()

X = encoded.drop(columns="clicked")
y = encoded["clicked"]
X["logit_site"] = np.log(X["site_ctr"] / (1 - X["site_ctr"]))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

lr = LogisticRegression(max_iter=2000).fit(X_train, y_train)
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)

p = lr.predict_proba(X_test)[:, 1]
print(pd.DataFrame({
    "model": ["prior", "logreg"],
    "auc": [0.5, roc_auc_score(y_test, p)],
    "logloss": [log_loss(y_test, prior.predict_proba(X_test)[:, 1]), log_loss(y_test, p)],
}))
