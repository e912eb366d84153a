"""H2O AutoML on the Santander-style customer satisfaction extract."""
import h2o
from h2o.automl import H2OAutoML

h2o.init(max_mem_size="8G", nthreads=-1)

df = h2o.import_file("data/customer_satisfaction.csv")
print(df.dim)

y = "TARGET"
df[y] = df[y].asfactor()
print(df[y].table())

# drop constant columns
const = [c for c in df.columns if c != y and df[c].min() == df[c].max()]
print("dropping", len(const), "constant columns")
df = df.drop(const)

x = [c for c in df.columns if c not in (y, "ID")]

train, test = df.split_frame(ratios=[0.8], seed=1234)
print(train.nrow, test.nrow)

aml = H2OAutoML(
    max_models=25,
    max_runtime_secs=1800,
    sort_metric="AUC",
    balance_classes=True,
    exclude_algos=["DeepLearning"],
    seed=1234,
    project_name="cust_sat",
)
aml.train(x=x, y=y, training_frame=train, leaderboard_frame=test)

lb = aml.leaderboard
print(lb.head(rows=15))

leader = aml.leader
print("leader:", leader.model_id)

perf = leader.model_performance(test)
print("test AUC:", perf.auc())
print("test logloss:", perf.logloss())
print(perf.confusion_matrix())

h2o.save_model(leader, path="models/", force=True)
h2o.cluster().shutdown()
