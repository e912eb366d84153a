"""Wine quality (red + white) -- feature screening in DuckDB, then an SVR."""
import duckdb
import numpy as np
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR

con = duckdb.connect()
con.execute("""
CREATE TABLE wine AS
SELECT *, 'red' AS colour FROM read_csv_auto('data/winequality-red.csv', delim=';')
UNION ALL
SELECT *, 'white' AS colour FROM read_csv_auto('data/winequality-white.csv', delim=';')
""")
con.execute("""
CREATE OR REPLACE TABLE wine AS
SELECT *,
       "free sulfur dioxide" / NULLIF("total sulfur dioxide", 0) AS free_so2_share,
       alcohol * density                                          AS alcohol_x_density,
       ln("residual sugar" + 1)                                   AS log_sugar,
       CASE WHEN colour = 'red' THEN 1 ELSE 0 END                 AS is_red
FROM wine
""")

candidates = [
    "fixed acidity", "volatile acidity", "citric acid", "residual sugar", "chlorides",
    "free sulfur dioxide", "total sulfur dioxide", "density", "pH", "sulphates", "alcohol",
    "free_so2_share", "alcohol_x_density", "log_sugar", "is_red",
]

# keep features whose |corr| with quality is at least 0.1
corr_sql = " UNION ALL ".join(
    f"SELECT '{c}' AS feature, abs(corr(\"{c}\", quality)) AS r FROM wine" for c in candidates
)
ranked = con.sql(f"SELECT * FROM ({corr_sql}) ORDER BY r DESC").fetchall()
keep = [name for name, r in ranked if r is not None and r >= 0.1]
print("kept", len(keep), "of", len(candidates), ":", keep)

cols_sql = ", ".join(f'"{c}"' for c in keep)
data = con.sql(f"SELECT {cols_sql}, quality FROM wine").fetchnumpy()
X = np.column_stack([data[c] for c in keep])
y = data["quality"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=11)
svr = make_pipeline(StandardScaler(), SVR(C=3.0, epsilon=0.2))
svr.fit(X_tr, y_tr)

pred = svr.predict(X_te)
print("MAE SVR      :", round(mean_absolute_error(y_te, pred), 3))
print("MAE mean pred:", round(mean_absolute_error(y_te, np.full_like(y_te, y_tr.mean(), dtype=float)), 3))
print("within 0.5   :", round(float(np.mean(np.abs(pred - y_te) <= 0.5)), 3))
