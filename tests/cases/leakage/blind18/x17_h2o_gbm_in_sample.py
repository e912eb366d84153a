# King County house prices - H2O GBM, quick look at what drives price
import h2o
from h2o.estimators import H2OGradientBoostingEstimator
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

h2o.init()

houses = h2o.import_file("kc_house_data.csv")
houses["zipcode"] = houses["zipcode"].asfactor()
houses["log_price"] = houses["price"].log()
houses["age"] = 2015 - houses["yr_built"]
houses["renovated"] = houses["yr_renovated"] > 0

print(houses.describe())

y = "log_price"
x = ["bedrooms", "bathrooms", "sqft_living", "sqft_lot", "floors", "waterfront", "view",
     "condition", "grade", "sqft_above", "sqft_basement", "age", "renovated", "lat", "long", "zipcode"]

gbm = H2OGradientBoostingEstimator(
    ntrees=500,
    max_depth=6,
    learn_rate=0.05,
    sample_rate=0.8,
    col_sample_rate=0.8,
    seed=42,
)
gbm.train(x=x, y=y, training_frame=houses)

perf = gbm.model_performance(houses)
print("RMSE (log price):", perf.rmse())
print("R2              :", perf.r2())
print("MAE             :", perf.mae())

# baseline: predict the average log price for every house
mean_lp = houses[y].mean()[0]
resid = houses[y] - mean_lp
base_rmse = ((resid * resid).mean()[0]) ** 0.5
print("baseline (mean) RMSE:", base_rmse)

gbm.varimp_plot(num_of_features=15)
plt.savefig("gbm_varimp.png", bbox_inches="tight")

pd_plot = gbm.partial_plot(houses, cols=["sqft_living", "grade"], plot=False)
print(pd_plot[0].head())
